package cn.anju.application;

import static cn.anju.application.Columns.instant;
import static cn.anju.application.Columns.utc;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An application's timeline: who did what when, in the order it happened. */
@Repository
public class Timeline {

    private static final int DETAIL_LENGTH = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;

    public Timeline(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<StatusEvent> of(UUID applicationId) {
        return jdbc.sql("select occurred_at, type, actor, detail from status_event where application_id = ? order by id")
                .param(applicationId)
                .query((rs, n) -> new StatusEvent(instant(rs, "occurred_at"), rs.getString("type"),
                        rs.getString("actor"), rs.getString("detail")))
                .list();
    }

    public void append(UUID applicationId, TimelineEntryType type, String actor, String detail) {
        append(applicationId, type.name(), actor, detail);
    }

    /** For callers that still name their entries by text; the column keeps whatever they name. */
    void append(UUID applicationId, String type, String actor, String detail) {
        if (detail != null && detail.length() > DETAIL_LENGTH) {
            detail = detail.substring(0, DETAIL_LENGTH - 3) + "...";
        }
        jdbc.sql("insert into status_event (application_id, occurred_at, type, actor, detail) values (?, ?, ?, ?, ?)")
                .params(applicationId, utc(Instant.now(clock)), type, actor, detail)
                .update();
    }

    /** The latest entry of one of the given types. */
    public Optional<StatusEvent> last(UUID applicationId, TimelineEntryType... types) {
        return last(applicationId, Arrays.stream(types).map(Enum::name).toArray(String[]::new));
    }

    Optional<StatusEvent> last(UUID applicationId, String... types) {
        return jdbc.sql("""
                select occurred_at, type, actor, detail from status_event
                where application_id = :id and type in (:types) order by id desc limit 1""")
                .param("id", applicationId).param("types", List.of(types))
                .query((rs, n) -> new StatusEvent(instant(rs, "occurred_at"), rs.getString("type"),
                        rs.getString("actor"), rs.getString("detail")))
                .optional();
    }
}
