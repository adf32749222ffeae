package vn.tvet.lms.notification;

/** What a notification is about; pages and e-mails word each under {@code notifications.kind.<kind>}. */
public enum NotificationKind {
    /** Enrolled in a class: class name. */
    ENROLLED,
    /** An activity due soon: activity title, class name, due day. */
    DUE_SOON,
    /** A quiz graded by a teacher: quiz title, class name, percentage. */
    QUIZ_GRADED,
    /** A practical task marked: task title, class name, achieved or not yet. */
    TASK_MARKED,
    /** A library item's review decided: item title, published or sent back. */
    REVIEW_DECIDED,
    /** A link to set a new password (e-mail only, always sent: the person asked for it). */
    PASSWORD_RESET;

    /** Whether the person can turn this kind's e-mail off. */
    public boolean optional() {
        return this != PASSWORD_RESET;
    }
}
