package cn.anju.application;

/** The step of the procedure an application is at: finer than its status. */
public enum Stage {
    SUBMITTED, ELIGIBILITY_CHECK, EVIDENCE_REVIEW, AWAITING_APPLICANT, CHILD_PLACEMENT, DECISION, CERTIFICATES, CLOSED
}
