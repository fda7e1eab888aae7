package cn.anju.accesslog;

/** What of a case's personal data a member of staff opened. */
public enum PersonalData {
    /** The application: the family, the children, the outcome (GET /api/applications/{id}). */
    APPLICATION,
    DOCUMENT_LIST,
    /** One uploaded file, downloaded. */
    DOCUMENT,
    CERTIFICATE_LIST,
    /** A certificate's PDF. */
    CERTIFICATE,
    /** A child's placement: school, transport, clinic. */
    PLACEMENT,
    /** A task's form with the case's data, served by our pages next to Tasklist. */
    TASK_FORM,
    /** A full identity number, unmasked. */
    IDENTITY_NUMBER
}
