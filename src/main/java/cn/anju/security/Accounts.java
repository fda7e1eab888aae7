package cn.anju.security;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The immutable identity behind a user name: applications, drafts and idempotency keys belong to an
 * account id, never to a name. A name is held by one account for good: deleting the user only marks
 * its account deleted, so a later user of the same name can neither be created nor inherit anything.
 */
@Repository
public class Accounts {

    private final JdbcClient jdbc;
    private final Clock clock;

    Accounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the name has ever belonged to an account, deleted or not. */
    public boolean isKnown(String username) {
        return jdbc.sql("select count(*) from account where username = ?").param(username)
                .query(Long.class).single() > 0;
    }

    public boolean isDeleted(String username) {
        return jdbc.sql("select count(*) from account where username = ? and deleted_at is not null").param(username)
                .query(Long.class).single() > 0;
    }

    /** A new user's account; fails with {@link DuplicateKeyException} when the name is already held. */
    UUID register(String username) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into account (id, username, created_at) values (?, ?, ?)")
                .params(id, username, clock.instant().atOffset(ZoneOffset.UTC)).update();
        return id;
    }

    /**
     * The account of a user that exists in the engine, made on first sight for users that predate
     * accounts. Empty when the name's account was deleted: such a user is nobody.
     */
    Optional<UUID> activeIdOf(String username) {
        Optional<Row> row = find(username);
        if (row.isEmpty()) {
            try {
                return Optional.of(register(username));
            } catch (DuplicateKeyException raced) {
                row = find(username); // the same user signing in twice at once
            }
        }
        return row.filter(r -> !r.deleted()).map(Row::id);
    }

    /** Keeps the name's account (and so its cases' owner) but marks it deleted. */
    void tombstone(String username) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        int marked = jdbc.sql("update account set deleted_at = ? where username = ? and deleted_at is null")
                .params(now, username).update();
        if (marked == 0 && !isKnown(username)) {
            jdbc.sql("insert into account (id, username, created_at, deleted_at) values (?, ?, ?, ?)")
                    .params(UUID.randomUUID(), username, now, now).update();
        }
    }

    private record Row(UUID id, boolean deleted) {
    }

    private Optional<Row> find(String username) {
        return jdbc.sql("select id, deleted_at from account where username = ?").param(username)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2) != null)).optional();
    }
}
