package vn.tvet.lms.quiz;

/** Where an attempt stands. */
public enum AttemptStatus {
    /** Started, answers being saved. */
    IN_PROGRESS,
    /** Submitted; an essay waits for a teacher's grade. */
    AWAITING_GRADE,
    /** Submitted and every answer marked. */
    GRADED
}
