package cn.anju.application;

import static cn.anju.application.Columns.utc;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where a case stands: status, stage, decision deadline and outcome, kept on the application's row so
 * that pages and dashboards read one row instead of the engine's history.
 */
@Repository
public class StatusProjection {

    private final JdbcClient jdbc;
    private final Clock clock;

    public StatusProjection(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Moves an application to a stage; false when it was already there. */
    public boolean updateStage(UUID id, Stage stage) {
        return jdbc.sql("update application set stage = ?, updated_at = ? where id = ? and stage <> ?")
                .params(stage.name(), now(), id, stage.name()).update() > 0;
    }

    public void updateStatus(UUID id, ApplicationStatus status, Stage stage) {
        jdbc.sql("update application set status = ?, stage = ?, updated_at = ? where id = ?")
                .params(status.name(), stage.name(), now(), id).update();
    }

    public void accept(UUID id, LocalDate deadline) {
        jdbc.sql("update application set status = ?, stage = ?, decision_deadline = ?, updated_at = ? where id = ?")
                .params(ApplicationStatus.IN_REVIEW.name(), Stage.ELIGIBILITY_CHECK.name(), deadline, now(), id)
                .update();
    }

    /** Moves the decision deadline by the days the office waited for the family; returns the new one. */
    public LocalDate extendDeadline(UUID id, long days) {
        LocalDate deadline = jdbc.sql("select decision_deadline from application where id = ?").param(id)
                .query(LocalDate.class).single().plusDays(days);
        jdbc.sql("update application set decision_deadline = ?, updated_at = ? where id = ?")
                .params(deadline, now(), id).update();
        return deadline;
    }

    /** Closes the case; {@code automatically}: decided by the rules without a person (the dashboard counts it). */
    public void decide(UUID id, ApplicationStatus status, String reasons, boolean automatically) {
        var now = now();
        jdbc.sql("""
                update application set status = ?, stage = ?, decision_reasons = ?, decided_automatically = ?,
                    decided_at = ?, updated_at = ?
                where id = ?""")
                .params(status.name(), Stage.CLOSED.name(), reasons, automatically, now, now, id).update();
    }

    private OffsetDateTime now() {
        return utc(Instant.now(clock));
    }
}
