package cn.anju.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Idempotency-Key of each submission, per account: a key names one request body and one application. */
@Repository
class IdempotencyKeys {

    record Entry(String requestHash, UUID applicationId) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Entry> find(UUID owner, String key) {
        return jdbc.sql("select request_hash, application_id from idempotency_key where owner_account = ? and idem_key = ?")
                .params(owner, key)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getObject(2, UUID.class)))
                .optional();
    }

    void insert(UUID owner, String key, String requestHash, UUID applicationId) {
        jdbc.sql("""
                insert into idempotency_key (owner_account, idem_key, request_hash, application_id, created_at)
                values (?, ?, ?, ?, ?)""")
                .params(owner, key, requestHash, applicationId, Instant.now(clock).atOffset(ZoneOffset.UTC))
                .update();
    }
}
