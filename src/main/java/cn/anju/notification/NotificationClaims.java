package cn.anju.notification;

import static cn.anju.notification.NotificationOutbox.utc;

import cn.anju.notification.NotificationOutbox.Claim;
import cn.anju.notification.NotificationOutbox.Status;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dispatcher's side of the outbox, a batch at a time: one transaction claims the due rows (the same
 * conditional update per row as {@link NotificationOutbox#claim}, sent as one JDBC batch in ascending id
 * order, so two nodes wait on each other's row locks instead of deadlocking, and each row goes to exactly
 * one of them), and one statement per message records everything that happened to it. A message is
 * recorded as soon as it went out: a node that dies mid-batch leaves the rest of its batch to be taken
 * over after the claim timeout, and repeats at most the message it was sending.
 */
@Repository
class NotificationClaims {

    private static final String DUE = """
            ((status = 'PENDING' and next_attempt_at <= :now) or (status = 'SENDING' and claimed_at < :stale))""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    private final TransactionTemplate transaction;

    NotificationClaims(JdbcClient jdbc, NamedParameterJdbcTemplate batches, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Claims up to limit due rows for this node in one transaction; those another node took first are left out. */
    List<Claim> claimDue(String node, Instant now, Instant staleBefore, int limit) {
        String token = UUID.randomUUID().toString();
        Integer claimed = transaction.execute(status -> {
            List<Long> ids = jdbc.sql("select id from notification_outbox where " + DUE
                            + " order by next_attempt_at, id limit :limit")
                    .param("now", utc(now)).param("stale", utc(staleBefore)).param("limit", limit)
                    .query(Long.class).list().stream().sorted().toList();
            if (ids.isEmpty()) {
                return 0;
            }
            SqlParameterSource[] rows = ids.stream().map(id -> new MapSqlParameterSource()
                    .addValue("id", id).addValue("node", node).addValue("token", token)
                    .addValue("now", utc(now)).addValue("stale", utc(staleBefore))).toArray(SqlParameterSource[]::new);
            int taken = 0;
            for (int count : batches.batchUpdate("""
                    update notification_outbox
                    set status = 'SENDING', claimed_by = :node, claim_token = :token, claimed_at = :now,
                        attempts = attempts + 1
                    where id = :id and""" + " " + DUE, rows)) {
                taken += count == 0 ? 0 : 1;
            }
            return taken;
        });
        if (claimed == null || claimed == 0) {
            return List.of();
        }
        return jdbc.sql("select " + NotificationOutbox.ROW_COLUMNS + " from notification_outbox where claim_token = ?"
                        + " order by next_attempt_at, id")
                .param(token).query(NotificationOutbox.ROW).list().stream().map(row -> new Claim(row, token)).toList();
    }

    /**
     * What one attempt came to, in one statement: the channels that went out (kept, so that a retry sends
     * only the others), and the row's new state. False when the claim was lost: another node took the row
     * over meanwhile, finishes it and counts it.
     */
    boolean record(Claim claim, Outcome outcome) {
        return jdbc.sql("""
                update notification_outbox
                set status = :status, next_attempt_at = coalesce(:next, next_attempt_at), last_error = :error,
                    sent_at = :sentAt, email_sent_at = coalesce(email_sent_at, :email), sms_sent_at = coalesce(sms_sent_at, :sms)
                where id = :id and claim_token = :token""")
                .param("status", outcome.status().name())
                .param("next", outcome.nextAttempt() == null ? null : utc(outcome.nextAttempt()), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("error", outcome.error(), java.sql.Types.VARCHAR)
                .param("sentAt", outcome.finished() ? utc(outcome.at()) : null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("email", outcome.emailSent() ? utc(outcome.at()) : null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("sms", outcome.smsSent() ? utc(outcome.at()) : null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("id", claim.row().id()).param("token", claim.token())
                .update() == 1;
    }

    /** Gives back rows claimed but not attempted (the pass ran out of time): due again at once, the attempt not counted. */
    void release(List<Claim> claims) {
        SqlParameterSource[] rows = claims.stream().map(c -> new MapSqlParameterSource()
                .addValue("id", c.row().id()).addValue("token", c.token())).toArray(SqlParameterSource[]::new);
        batches.batchUpdate("""
                update notification_outbox set status = 'PENDING', claimed_by = null, claim_token = null,
                    claimed_at = null, attempts = attempts - 1
                where id = :id and claim_token = :token""", rows);
    }

    /** Sent, skipped, retried later or given up; which channels went out during the attempt. */
    record Outcome(Status status, Instant at, Instant nextAttempt, String error, boolean emailSent, boolean smsSent) {

        boolean finished() {
            return status == Status.SENT || status == Status.SKIPPED;
        }
    }
}
