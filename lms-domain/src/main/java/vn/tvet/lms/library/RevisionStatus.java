package vn.tvet.lms.library;

/**
 * Where a change to a published resource stands. The audience keeps the approved title, type, link, licence
 * and files until the reviewers approve the revision.
 */
public enum RevisionStatus {
    /** The author is preparing a change; nobody else sees it. */
    DRAFT,
    /** Waiting for the reviewers of the resource's scope. */
    SUBMITTED
}
