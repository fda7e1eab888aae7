package cn.anju.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one unfinished application form of each account, stored as the portal's JSON. */
@Repository
class Drafts {

    record Draft(String body, Instant updatedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Drafts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Draft> find(UUID owner) {
        return jdbc.sql("select body, updated_at from application_draft where owner_account = ?")
                .param(owner)
                .query((rs, n) -> new Draft(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .optional();
    }

    /** Last write wins: the family edits one form, possibly from two devices one after the other. */
    Instant save(UUID owner, String body) {
        Instant now = clock.instant();
        if (update(owner, body, now) == 0) {
            try {
                jdbc.sql("insert into application_draft (owner_account, body, updated_at) values (?, ?, ?)")
                        .params(owner, body, Timestamp.from(now)).update();
            } catch (DuplicateKeyException raced) {
                // The same family saved from a second tab at the same moment: keep this, the later one.
                update(owner, body, now);
            }
        }
        return now;
    }

    private int update(UUID owner, String body, Instant now) {
        return jdbc.sql("update application_draft set body = ?, updated_at = ? where owner_account = ?")
                .params(body, Timestamp.from(now), owner).update();
    }

    int deleteOlderThan(Instant cutoff) {
        return jdbc.sql("delete from application_draft where updated_at < ?").param(Timestamp.from(cutoff)).update();
    }

    void delete(UUID owner) {
        jdbc.sql("delete from application_draft where owner_account = ?").param(owner).update();
    }
}
