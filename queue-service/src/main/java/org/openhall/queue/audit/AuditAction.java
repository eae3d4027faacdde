package org.openhall.queue.audit;

/** What an audited staff member, or the service itself, did. */
public enum AuditAction {
    SIGN_IN, SIGN_IN_FAILED, SIGN_OUT,
    WINDOW_OPEN, WINDOW_PAUSE, WINDOW_CLOSE, WINDOW_TAKE, WINDOW_TAKE_OVER,
    CALL_NEXT, CALL, RECALL, START, COMPLETE, NO_SHOW, REQUEUE, CANCEL, TRANSFER,
    /** The clerk's record of a visit: a material received or missing, the note. */
    MATERIAL_CHECK, VISIT_NOTE,
    /** Administration: a hall's catalog, windows and settings, and the staff accounts. */
    SERVICE_ADD, SERVICE_EDIT, SERVICE_DEACTIVATE, SERVICE_REACTIVATE,
    WINDOW_ADD, WINDOW_EDIT,
    HALL_EDIT,
    STAFF_ADD, STAFF_PASSWORD_RESET, STAFF_DEACTIVATE, STAFF_REACTIVATE,
    /** A staff member allowed to answer consultations, or no longer. */
    STAFF_CONSULT_GRANT, STAFF_CONSULT_WITHDRAW,
    /** A kiosk or board registered (its token issued) or revoked. */
    DEVICE_REGISTER, DEVICE_REVOKE,
    /** A manager downloaded a hall's report as a file (CSV or spreadsheet). */
    REPORT_DOWNLOAD,
    /** The retention job (actor {@code system}) purged visitor data past its retention period. */
    VISITOR_DATA_PURGE,
    /** A bad review's or complaint's follow-up: assigned, moved on with a note, appealed, answered. */
    FOLLOW_UP_ASSIGN, FOLLOW_UP_STATUS, FOLLOW_UP_APPEAL, FOLLOW_UP_ANSWER
}
