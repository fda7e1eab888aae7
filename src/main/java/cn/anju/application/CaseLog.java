package cn.anju.application;

import static cn.anju.application.TimelineEntryType.ACCEPTED;
import static cn.anju.application.TimelineEntryType.CHILD_PLACED;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every step of the procedure moves an application here: the {@link StatusProjection} and the
 * {@link Timeline} change together, and the decision is announced.
 */
@Service
@Transactional
public class CaseLog {

    public static final String SYSTEM = "system";

    private final ApplicationRepository applications;
    private final StatusProjection status;
    private final Timeline timeline;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public CaseLog(ApplicationRepository applications, StatusProjection status, Timeline timeline, Clock clock,
                   ApplicationEventPublisher events) {
        this.applications = applications;
        this.status = status;
        this.timeline = timeline;
        this.clock = clock;
        this.events = events;
    }

    public void submitted(UUID applicationId, String by) {
        timeline.append(applicationId, TimelineEntryType.SUBMITTED, by, null);
    }

    /** Accepted for processing: the legal clock starts now. */
    public LocalDate accepted(UUID applicationId, int decisionDays) {
        LocalDate deadline = LocalDate.now(clock).plusDays(decisionDays);
        status.accept(applicationId, deadline);
        timeline.append(applicationId, ACCEPTED, SYSTEM, "decision due by " + deadline);
        return deadline;
    }

    public void stageEntered(UUID applicationId, Stage stage) {
        if (status.updateStage(applicationId, stage)) {
            timeline.append(applicationId, TimelineEntryType.entered(stage), SYSTEM, null);
        }
    }

    public void record(UUID applicationId, TimelineEntryType type, String actor, String detail) {
        timeline.append(applicationId, type, actor, detail);
    }

    /** The latest timeline entry of one of the given types. */
    public Optional<StatusEvent> lastOf(UUID applicationId, TimelineEntryType... types) {
        return timeline.last(applicationId, types);
    }

    public void decided(UUID applicationId, ApplicationStatus outcome, String actor, String reasons) {
        decide(applicationId, outcome, actor, reasons, false);
    }

    /** Decided by the rules without a person: the projection marks it so for the dashboard's count. */
    public void decidedAutomatically(UUID applicationId, ApplicationStatus outcome, String actor, String reasons) {
        decide(applicationId, outcome, actor, reasons, true);
    }

    private void decide(UUID applicationId, ApplicationStatus outcome, String actor, String reasons,
                        boolean automatically) {
        status.decide(applicationId, outcome, reasons, automatically);
        timeline.append(applicationId, TimelineEntryType.decided(outcome), actor, reasons);
        events.publishEvent(new ApplicationDecided(applicationId, outcome));
        if (outcome == ApplicationStatus.WITHDRAWN) {
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
        timeline.append(applicationId, CHILD_PLACED, actor,
                "child " + childId + ": school " + placement.schoolName() + ", grade " + placement.grade()
                        + ", clinic " + placement.clinicName());
    }
}
