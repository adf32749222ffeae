package vn.tvet.lms.library;

/** What happened to a resource; every change leaves one history entry. */
public enum HistoryAction {
    CREATED,
    EDITED,
    VERSION_ADDED,
    SUBMITTED,
    APPROVED,
    SENT_BACK,
    RETIRED,
    /** The author withdrew a pending change to a published resource. */
    REVISION_DISCARDED
}
