package cn.anju.decision;

import cn.anju.application.ApplicationStatus;
import cn.anju.application.CaseLog;
import cn.anju.application.TimelineEntryType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the office's decision on an application, with who took it and why. */
@Service
@Transactional
public class CaseDecisions {

    static final TimelineEntryType EVIDENCE_ACCEPTED = TimelineEntryType.EVIDENCE_ACCEPTED;
    static final TimelineEntryType EVIDENCE_NOT_ACCEPTED = TimelineEntryType.EVIDENCE_NOT_ACCEPTED;

    private final CaseLog caseLog;
    private final DecisionProperties properties;

    public CaseDecisions(CaseLog caseLog, DecisionProperties properties) {
        this.caseLog = caseLog;
        this.properties = properties;
    }

    /** The legal deadline of a decision, and when to alert the supervisor that it is near. */
    public record Deadline(LocalDate decideBy, OffsetDateTime escalateAt) {
    }

    /** Accepted for processing: the legal clock starts now. */
    public Deadline accept(UUID applicationId) {
        return deadlineMoved(caseLog.accepted(applicationId, properties.decisionDays()));
    }

    /** The deadline moved by the days the office waited for the family: when to alert the supervisor now. */
    public Deadline deadlineMoved(LocalDate decideBy) {
        LocalDate alertDay = decideBy.minusDays(Math.min(properties.escalateDaysBefore(), properties.decisionDays()));
        return new Deadline(decideBy, alertDay.atTime(properties.escalateAtHour(), 0)
                .atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime());
    }

    public void escalated(UUID applicationId, LocalDate decideBy) {
        caseLog.record(applicationId, TimelineEntryType.DEADLINE_ESCALATED, CaseLog.SYSTEM,
                "decision due by " + decideBy + ": supervisor alerted, open tasks raised to high priority");
    }

    public static final String AUTOMATIC = "system (automatic)";

    /** Straight-through: the registry confirmed the evidence and the rules found the family eligible. */
    public void approveAutomatically(UUID applicationId, String eligibilityReason) {
        caseLog.record(applicationId, EVIDENCE_ACCEPTED, AUTOMATIC, "the housing registry confirms the evidence");
        caseLog.decidedAutomatically(applicationId, ApplicationStatus.APPROVED, AUTOMATIC,
                "automatic decision: the housing registry confirms the evidence; eligibility.dmn: " + eligibilityReason);
    }

    /** Whether a case the rules could decide goes to a clerk anyway (quality control). */
    public boolean drawForQualityReview(UUID applicationId, java.util.random.RandomGenerator random) {
        boolean sampled = random.nextDouble() < properties.sampleRate();
        if (sampled) {
            caseLog.record(applicationId, TimelineEntryType.QUALITY_SAMPLE, CaseLog.SYSTEM,
                    "drawn for review by a clerk (" + Math.round(properties.sampleRate() * 100) + " % sample)");
        }
        return sampled;
    }

    public void approve(UUID applicationId, String decidedBy, String note) {
        caseLog.decided(applicationId, ApplicationStatus.APPROVED, decidedBy, note);
    }

    public void reject(UUID applicationId, String decidedBy, String reasons) {
        if (reasons == null || reasons.isBlank()) {
            throw new IllegalArgumentException("A rejection needs its reasons");
        }
        caseLog.decided(applicationId, ApplicationStatus.REJECTED, decidedBy, reasons);
    }

    public void evidenceReviewed(UUID applicationId, String reviewer, boolean accepted, String note) {
        caseLog.record(applicationId, accepted ? EVIDENCE_ACCEPTED : EVIDENCE_NOT_ACCEPTED, reviewer, note);
    }

    /** The clerk's review as recorded in the timeline: who reviewed and whether the evidence was accepted. */
    public Optional<Review> review(UUID applicationId) {
        return caseLog.lastOf(applicationId, EVIDENCE_ACCEPTED, EVIDENCE_NOT_ACCEPTED)
                .map(e -> new Review(e.actor(), e.is(EVIDENCE_ACCEPTED)));
    }

    public record Review(String reviewer, boolean evidenceAccepted) {
    }

    public void eligibilityDecided(UUID applicationId, String reason) {
        caseLog.record(applicationId, TimelineEntryType.ELIGIBILITY_DECIDED, CaseLog.SYSTEM, "eligibility.dmn: " + reason);
    }
}
