package vn.tvet.lms.courseware;

/** What a learner does in an activity of a lesson. */
public enum ActivityKind {
    /** Studies a library item, held by reference (the library keeps its versions). */
    RESOURCE,
    /** Reads a page of rich text written in the module. */
    PAGE,
    /** Answers multiple-choice questions. */
    QUIZ,
    /** Carries out a task in the workshop and hands in evidence against criteria. */
    PRACTICAL_TASK
}
