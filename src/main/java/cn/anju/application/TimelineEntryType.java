package cn.anju.application;

/**
 * What an entry of the timeline records; stored by name in {@code status_event.type}, so that readers
 * such as the four-eyes check match a type, never a sentence.
 */
public enum TimelineEntryType {
    SUBMITTED, ACCEPTED,
    STAGE_SUBMITTED, STAGE_ELIGIBILITY_CHECK, STAGE_EVIDENCE_REVIEW, STAGE_AWAITING_APPLICANT, STAGE_CHILD_PLACEMENT,
    STAGE_DECISION, STAGE_CERTIFICATES, STAGE_CLOSED,
    APPROVED, REJECTED, WITHDRAWN,
    REGISTRY_CHECKED, DOCUMENT_UPLOADED, EVIDENCE_ACCEPTED, EVIDENCE_NOT_ACCEPTED, ELIGIBILITY_DECIDED, QUALITY_SAMPLE,
    DEADLINE_ESCALATED, TASK_REASSIGNED,
    ONE_TIME_NOTICE_SENT, ONE_TIME_NOTICE_REMINDER, APPLICANT_RESPONDED,
    CHILD_PLACED, TRANSPORT_REQUESTED, TRANSPORT_CANCELLED, SCHOOL_OVERRIDDEN, CLINIC_OVERRIDDEN,
    SCHOOL_PLACEMENT_CONFIRMED, CLINIC_REGISTRATION_CONFIRMED, CATCH_UP_VACCINATION_CHECKED, PLACES_RELEASED,
    SCHOOL_FROM_WAITLIST,
    CERTIFICATE_ISSUED, CERTIFICATE_DOWNLOADED, CERTIFICATE_VERIFIED, CERTIFICATE_REVOKED, CERTIFICATE_REISSUED;

    /** The entry of reaching a stage; a switch, so that a new stage without its entry does not compile. */
    public static TimelineEntryType entered(Stage stage) {
        return switch (stage) {
            case SUBMITTED -> STAGE_SUBMITTED;
            case ELIGIBILITY_CHECK -> STAGE_ELIGIBILITY_CHECK;
            case EVIDENCE_REVIEW -> STAGE_EVIDENCE_REVIEW;
            case AWAITING_APPLICANT -> STAGE_AWAITING_APPLICANT;
            case CHILD_PLACEMENT -> STAGE_CHILD_PLACEMENT;
            case DECISION -> STAGE_DECISION;
            case CERTIFICATES -> STAGE_CERTIFICATES;
            case CLOSED -> STAGE_CLOSED;
        };
    }

    /** The entry of a decision: approved, rejected or withdrawn. */
    public static TimelineEntryType decided(ApplicationStatus status) {
        return switch (status) {
            case APPROVED -> APPROVED;
            case REJECTED -> REJECTED;
            case WITHDRAWN -> WITHDRAWN;
            case SUBMITTED, IN_REVIEW, AWAITING_APPLICANT ->
                    throw new IllegalArgumentException(status + " is not a decision");
        };
    }
}
