package cn.anju.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The status projection and timeline: every step of the procedure moves an application here, so
 * that the portal and dashboards read one row instead of the engine's history.
 */
@Service
@Transactional
public class CaseLog {

    public static final String SYSTEM = "system";

    private final ApplicationRepository applications;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public CaseLog(ApplicationRepository applications, Clock clock, ApplicationEventPublisher events) {
        this.applications = applications;
        this.clock = clock;
        this.events = events;
    }

    public void submitted(UUID applicationId, String by) {
        applications.appendEvent(applicationId, "SUBMITTED", by, null);
    }

    /** Accepted for processing: the legal clock starts now. */
    public LocalDate accepted(UUID applicationId, int decisionDays) {
        LocalDate deadline = LocalDate.now(clock).plusDays(decisionDays);
        applications.accept(applicationId, deadline);
        applications.appendEvent(applicationId, "ACCEPTED", SYSTEM, "decision due by " + deadline);
        return deadline;
    }

    public void stageEntered(UUID applicationId, Stage stage) {
        if (applications.updateStage(applicationId, stage)) {
            applications.appendEvent(applicationId, "STAGE_" + stage.name(), SYSTEM, null);
        }
    }

    public void record(UUID applicationId, String type, String actor, String detail) {
        applications.appendEvent(applicationId, type, actor, detail);
    }

    /** The latest timeline entry of one of the given types. */
    public Optional<StatusEvent> lastOf(UUID applicationId, String... types) {
        return applications.lastEvent(applicationId, types);
    }

    public void decided(UUID applicationId, ApplicationStatus status, String actor, String reasons) {
        applications.decide(applicationId, status, reasons);
        applications.appendEvent(applicationId, status.name(), actor, reasons);
        events.publishEvent(new ApplicationDecided(applicationId, status));
        if (status == ApplicationStatus.WITHDRAWN) {
            events.publishEvent(new ApplicationWithdrawn(applicationId, reasons));
        }
    }

    /** The child's school and clinic, placed automatically ({@link #SYSTEM}) or by an officer's override. */
    public void childPlaced(UUID childId, Child.Placement placement, String actor) {
        UUID applicationId = applications.applicationOfChild(childId)
                .orElseThrow(() -> new IllegalArgumentException("no child " + childId));
        boolean placedBefore = applications.isPlaced(childId);
        applications.recordPlacement(childId, placement);
        if (placedBefore) {
            events.publishEvent(new ChildPlacementChanged(applicationId, childId));
        }
        applications.appendEvent(applicationId, "CHILD_PLACED", actor,
                "child " + childId + ": school " + placement.schoolName() + ", grade " + placement.grade()
                        + ", clinic " + placement.clinicName());
    }
}
