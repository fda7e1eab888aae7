package cn.anju.placement.internal;

import cn.anju.application.CaseLog;
import cn.anju.application.TimelineEntryType;
import cn.anju.application.District;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Officers' follow-up of a child: which follow-up (an opaque id) names which child in their tasks, and its district. */
@Component
public class FollowUps {

    private final JdbcClient jdbc;
    private final Families families;
    private final CaseLog caseLog;

    FollowUps(JdbcClient jdbc, Families families, CaseLog caseLog) {
        this.jdbc = jdbc;
        this.families = families;
        this.caseLog = caseLog;
    }

    public void opened(UUID childId, String followUpId) {
        jdbc.sql("insert into placement_follow_up (follow_up_id, child_id) values (?, ?)").params(followUpId, childId)
                .update();
    }

    public Optional<UUID> childOf(String followUpId) {
        return jdbc.sql("select child_id from placement_follow_up where follow_up_id = ?").param(followUpId)
                .query(UUID.class).optional();
    }

    /** The district whose officers follow the child up: where the family lives (its schools and clinics). */
    public District homeDistrict(UUID childId) {
        return families.of(childId).district();
    }

    public void catchUpVaccinationChecked(UUID childId, String officer, String note) {
        caseLog.record(families.of(childId).applicationId(), TimelineEntryType.CATCH_UP_VACCINATION_CHECKED, officer,
                "child " + childId + (note == null ? "" : ": " + note));
    }
}
