package vn.tvet.lms.classes;

/** What a learner sees of a submitted quiz attempt. */
public enum ReviewOption {
    /** The score only. */
    SCORE,
    /** The score, which answers were right, and the feedback. */
    FEEDBACK,
    /** All of that and the right answers. */
    ANSWERS
}
