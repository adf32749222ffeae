package vn.tvet.lms.courseware;

/** A change a module's rules refuse; the reason has a message under {@code modules.refused.*}. */
public class ModuleRuleException extends RuntimeException {

    /** Which rule. */
    public enum Reason {
        CODE_TAKEN,
        OUTCOME_CODE_TAKEN,
        NOT_FOUND_IN_MODULE,
        NOT_ALLOWED,
        BAD_QUESTION,
        BAD_ACTIVITY,
        RESOURCE_NOT_VISIBLE,
        UNKNOWN_COMPETENCY,
        NOTHING_TO_PUBLISH,
        NOT_PUBLISHED,
        WRONG_SHARE_STATUS,
        REASON_REQUIRED,
        OWN_MODULE,
        NOT_A_LINKED_COPY,
        UP_TO_DATE,
        TOO_MANY,
        /** A quiz with no questions, typed or from the bank, cannot be published. */
        EMPTY_QUIZ
    }

    private final Reason reason;

    public ModuleRuleException(Reason reason, String detail) {
        super("Module change refused (" + reason + "): " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
