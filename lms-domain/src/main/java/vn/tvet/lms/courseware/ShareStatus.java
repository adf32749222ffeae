package vn.tvet.lms.courseware;

/** Where a module is in sharing to the network: the same review as a network library item. */
public enum ShareStatus {
    /** Only its own school uses it. */
    NOT_SHARED,
    /** Waits for a network library admin. */
    SUBMITTED,
    /** Other schools see its published versions and may adopt it as a linked copy. */
    SHARED
}
