package vn.tvet.lms.classes;

/** A change a class's rules refuse; the reason has a message under {@code classes.refused.*}. */
public class ClassRuleException extends RuntimeException {

    /** Which rule. */
    public enum Reason {
        BAD_CODE,
        BAD_NAME,
        DATES_REQUIRED,
        ENDS_BEFORE_START,
        CODE_TAKEN,
        MODULE_NOT_PUBLISHED,
        NOT_A_STUDENT,
        NOT_A_TEACHER,
        LAST_TEACHER,
        UNKNOWN_KEY,
        CLASS_ENDED,
        /** Quizzes complete by being passed, practical tasks by the teacher's marking, not by the learner's say. */
        COMPLETES_OTHERWISE,
        BAD_PASS_PERCENT,
        /** A time limit, attempt count or opening window out of range. */
        BAD_QUIZ_SETTINGS,
        /** A prerequisite must be an earlier activity of the class (which also rules out cycles). */
        BAD_PREREQUISITE,
        /** The activity opens once its prerequisite is completed. */
        LOCKED,
        /** A completion rule the activity cannot meet (watching a document, a package rule on a page). */
        RULE_DOES_NOT_FIT,
        TOO_MANY,
        /** A class moves only to a newer published version of its module. */
        NOT_NEWER,
        /** Learners are answering quizzes of the class's version now. */
        ATTEMPTS_OPEN,
        /** Extra quiz time from 0 to 200 %. */
        BAD_EXTRA_TIME,
        /** A learner moves only to another class of the same module. */
        OTHER_MODULE
    }

    private final Reason reason;

    public ClassRuleException(Reason reason, String detail) {
        super("Class change refused (" + reason + "): " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
