package cn.anju.notification;

import cn.anju.application.FamilyLanguage;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notification outbox. Rows are added in the caller's transaction, at most one per dedupe key; the
 * dispatcher claims rows with a conditional update, so that of several nodes or threads one sends each
 * ({@link NotificationClaims} claims and records a batch at a time; the single-row claim here is the same rule).
 */
@Repository
class NotificationOutbox {

    enum Status { PENDING, SENDING, SENT, FAILED, SKIPPED }

    record Row(long id, UUID applicationId, Moment moment, FamilyLanguage language, int attempts,
               boolean emailSent, boolean smsSent) {
    }

    /** A row this node holds for sending; the token tells its claim from a later reclaim of the same row. */
    record Claim(Row row, String token) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    NotificationOutbox(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    static String dedupeKey(UUID applicationId, Moment moment, String discriminator) {
        return applicationId + "/" + moment + (discriminator == null || discriminator.isEmpty() ? "" : "/" + discriminator);
    }

    /**
     * Adds a pending row in the family's language unless one with the same key exists; true when added.
     * The check and the unique index together make it insert-if-absent on H2 and PostgreSQL alike: a
     * concurrent writer of the same key gets a duplicate key, which is rolled back to a savepoint so
     * that the caller's transaction (a job, a request) carries on and commits its own work.
     */
    boolean add(UUID applicationId, Moment moment, String discriminator, Instant now) {
        String key = dedupeKey(applicationId, moment, discriminator);
        try {
            return Boolean.TRUE.equals(savepoint.execute(status -> jdbc.sql("""
                    insert into notification_outbox (application_id, moment, dedupe_key, language, status, attempts,
                        next_attempt_at, created_at)
                    select a.id, :moment, :key, a.language, 'PENDING', 0, :now, :now from application a
                    where a.id = :id and not exists (select 1 from notification_outbox o where o.dedupe_key = :key)""")
                    .param("moment", moment.name()).param("key", key).param("now", utc(now)).param("id", applicationId)
                    .update() > 0));
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    /** Ids of rows due now: pending and due, or held by a claim older than staleBefore (its node died). */
    List<Long> due(Instant now, Instant staleBefore, int limit) {
        return jdbc.sql("""
                select id from notification_outbox
                where (status = 'PENDING' and next_attempt_at <= :now) or (status = 'SENDING' and claimed_at < :stale)
                order by next_attempt_at, id limit :limit""")
                .param("now", utc(now)).param("stale", utc(staleBefore)).param("limit", limit)
                .query(Long.class).list();
    }

    /** Takes a due row for this node, counting the attempt; empty when another node or thread took it first. */
    Optional<Claim> claim(long id, String node, Instant now, Instant staleBefore) {
        String token = UUID.randomUUID().toString();
        int claimed = jdbc.sql("""
                update notification_outbox
                set status = 'SENDING', claimed_by = :node, claim_token = :token, claimed_at = :now,
                    attempts = attempts + 1
                where id = :id
                  and ((status = 'PENDING' and next_attempt_at <= :now) or (status = 'SENDING' and claimed_at < :stale))""")
                .param("node", node).param("token", token).param("now", utc(now)).param("stale", utc(staleBefore))
                .param("id", id)
                .update();
        return claimed == 0 ? Optional.empty() : Optional.of(new Claim(row(id), token));
    }

    private Row row(long id) {
        return jdbc.sql("select " + ROW_COLUMNS + " from notification_outbox where id = ?").param(id).query(ROW).single();
    }

    /** The columns {@link #ROW} reads, in its order. */
    static final String ROW_COLUMNS = "id, application_id, moment, language, attempts, email_sent_at, sms_sent_at";

    static final RowMapper<Row> ROW = (rs, n) -> new Row(rs.getLong(1), rs.getObject(2, UUID.class),
            Moment.valueOf(rs.getString(3)), FamilyLanguage.of(rs.getString(4)), rs.getInt(5),
            rs.getObject(6) != null, rs.getObject(7) != null);

    /** False when the claim was lost (another node took the row over): that node finishes it. */
    boolean sent(Claim claim, Instant now) {
        return jdbc.sql("update notification_outbox set status = ?, sent_at = ?, last_error = null where id = ? and claim_token = ?")
                .params(Status.SENT.name(), utc(now), claim.row().id(), claim.token()).update() == 1;
    }

    long count(Status status) {
        return jdbc.sql("select count(*) from notification_outbox where status = ?").param(status.name())
                .query(Long.class).single();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
