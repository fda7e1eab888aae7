package cn.anju.process;

/** The ids of processes, decisions, activities and variables: one place, checked by the process tests. */
public final class ProcessIds {

    private ProcessIds() {
    }

    public static final String RESIDENCY_APPLICATION = "ResidencyApplication";
    public static final String CHILD_PLACEMENT = "ChildPlacement";
    public static final String PLACEMENT_FOLLOW_UP = "PlacementFollowUp";
    public static final String ELIGIBILITY_DECISION = "eligibility";

    public static final String TASK_REVIEW_EVIDENCE = "Task_ReviewEvidence";
    public static final String TASK_DECIDE_APPLICATION = "Task_DecideApplication";
    public static final String TASK_ISSUE_CERTIFICATES = "Task_IssueCertificates";
    public static final String TASK_ALLOCATE_SCHOOL = "Task_AllocateSchoolSeat";
    public static final String TASK_HAND_OVER_TRANSPORT = "Task_HandOverTransport";
    public static final String TASK_REGISTER_CLINIC = "Task_RegisterAtClinic";
    public static final String TASK_CONFIRM_SCHOOL = "Task_ConfirmSchoolPlacement";
    public static final String TASK_CONFIRM_CLINIC = "Task_ConfirmClinicRegistration";
    public static final String TASK_CATCH_UP_VACCINATION = "Task_CatchUpVaccination";
    public static final String CALL_CHILD_PLACEMENT = "CallActivity_ChildPlacement";
    public static final String TASK_ESCALATE = "Task_EscalateToSupervisor";
    public static final String TASK_AWAIT_APPLICANT = "Task_AwaitApplicant";
    public static final String MESSAGE_APPLICANT_RESPONDED = "ApplicantResponded";

    /** Variables. Ids, flags and codes only: personal data stays in the domain tables. */
    public static final class Var {
        private Var() {
        }

        public static final String APPLICATION_ID = "applicationId";
        public static final String DISTRICT = "district";
        /** The application reference (business key), task-local on every user task: shown in Tasklist. */
        public static final String REFERENCE = "reference";
        public static final String CHILD_ID = "childId";
        public static final String DECISION_DEADLINE = "decisionDeadline";
        /** ISO date-time at which the due-soon timers fire. */
        public static final String ESCALATE_AT = "escalateAt";
        public static final String ELIGIBILITY_REASON = "eligibilityReason";
        public static final String EVIDENCE_ACCEPTED = "evidenceAccepted";
        /** What the clerk found missing, one item a line: sent to the family in one notice. */
        public static final String MISSING_ITEMS = "missingItems";
        public static final String ITEMS_MISSING = "itemsMissing";
        public static final String NOTICE_REMIND_AT = "noticeRemindAt";
        public static final String NOTICE_RESPOND_BY = "noticeRespondBy";
        public static final String PAUSED_DAYS = "pausedDays";
        public static final String NOTICE_SENT_BY = "noticeSentBy";
        public static final String EVIDENCE_CONFIRMED = "evidenceConfirmed";
        public static final String SAMPLED_FOR_REVIEW = "sampledForReview";
        public static final String DECIDED_AUTOMATICALLY = "decidedAutomatically";
        public static final String REVIEW_NOTE = "reviewNote";
        /** Shown on the decision form; the four-eyes check reads the reviewer from the timeline. */
        public static final String REVIEWED_BY = "reviewedBy";
        public static final String APPROVED = "approved";
        public static final String DECISION_NOTE = "decisionNote";
        public static final String DECIDED_BY = "decidedBy";
        /** school-entry.dmn's answer for the child: GRADE_n, UNDER_SCHOOL_AGE, SENIOR_SECONDARY. */
        public static final String SCHOOL_ENTRY = "schoolEntry";
        public static final String GRADE = "grade";
        /** How the seat was found: CATCHMENT, SIBLING, NEAREST, WAITLIST (placement's SchoolBasis). */
        public static final String SCHOOL_PLACEMENT = "schoolPlacement";
        public static final String TRANSPORT_NEEDED = "transportNeeded";
        public static final String CATCH_UP_VACCINATION = "catchUpVaccination";
        public static final String CATCH_UP_DUE = "catchUpDue";
        /** The officers' follow-up forms: CONFIRM or OVERRIDE, and for an override the new code and why. */
        public static final String SCHOOL_DECISION = "schoolDecision";
        public static final String SCHOOL_OVERRIDE = "schoolOverride";
        public static final String SCHOOL_OVERRIDE_GRADE = "schoolOverrideGrade";
        public static final String SCHOOL_OVERRIDE_REASON = "schoolOverrideReason";
        public static final String CLINIC_DECISION = "clinicDecision";
        public static final String CLINIC_OVERRIDE = "clinicOverride";
        public static final String CLINIC_OVERRIDE_REASON = "clinicOverrideReason";
        /** RECORD_COMPLETE, CAUGHT_UP or SCHEDULED: a code, no health details in the engine. */
        public static final String VACCINATION_OUTCOME = "vaccinationOutcome";
    }
}
