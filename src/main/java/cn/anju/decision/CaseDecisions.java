package cn.anju.decision;

import cn.anju.application.ApplicationStatus;
import cn.anju.application.CaseLog;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the office's decision on an application, with who took it and why. */
@Service
@Transactional
public class CaseDecisions {

    static final String EVIDENCE_ACCEPTED = "EVIDENCE_ACCEPTED";
    static final String EVIDENCE_NOT_ACCEPTED = "EVIDENCE_NOT_ACCEPTED";

    private final CaseLog caseLog;
    private final int decisionDays;

    public CaseDecisions(CaseLog caseLog, DecisionProperties properties) {
        this.caseLog = caseLog;
        this.decisionDays = properties.decisionDays();
    }

    /** Accepted for processing: returns the legal deadline of the decision. */
    public java.time.LocalDate accept(UUID applicationId) {
        return caseLog.accepted(applicationId, decisionDays);
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
                .map(e -> new Review(e.actor(), EVIDENCE_ACCEPTED.equals(e.type())));
    }

    public record Review(String reviewer, boolean evidenceAccepted) {
    }

    public void eligibilityDecided(UUID applicationId, String reason) {
        caseLog.record(applicationId, "ELIGIBILITY_DECIDED", CaseLog.SYSTEM, "eligibility.dmn: " + reason);
    }
}
