package vn.tvet.lms.classes;

/** When a learner has completed a class's module, chosen by its teachers. */
public enum ModuleCompletion {
    /** Every activity not marked optional is completed. */
    ALL_REQUIRED,
    /** The mean of the learner's quiz grades (a quiz not taken counts 0) reaches the class's percentage. */
    TOTAL_SCORE
}
