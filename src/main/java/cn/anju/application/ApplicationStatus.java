package cn.anju.application;

/** Where an application stands, as the family and the dashboards see it. */
public enum ApplicationStatus {
    SUBMITTED, IN_REVIEW, AWAITING_APPLICANT, APPROVED, REJECTED, WITHDRAWN;

    /** The case is over: approved, rejected or withdrawn. */
    public boolean isDecided() {
        return this == APPROVED || this == REJECTED || this == WITHDRAWN;
    }
}
