package vn.tvet.lms.programme;

/** A change a programme's rules refuse; the reason has a message under {@code programmes.refused.*}. */
public class ProgrammeRuleException extends RuntimeException {

    /** Which rule. */
    public enum Reason {
        CODE_TAKEN,
        COURSE_CODE_TAKEN,
        OUTCOME_CODE_TAKEN,
        NO_HOURS,
        NOT_FOUND_IN_PROGRAMME,
        SAME_COURSE,
        EQUIVALENCE_EXISTS
    }

    private final Reason reason;

    public ProgrammeRuleException(Reason reason, String detail) {
        super("Programme change refused (" + reason + "): " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
