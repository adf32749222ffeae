package vn.tvet.lms.quiz;

/** A quiz action its rules refuse; the reason has a message under {@code quiz.refused.*}. */
public class QuizRuleException extends RuntimeException {

    /** Which rule. */
    public enum Reason {
        /** The step is not a quiz. */
        NOT_A_QUIZ,
        /** The quiz opens later. */
        NOT_OPEN_YET,
        /** The quiz has closed. */
        CLOSED,
        /** Every allowed attempt has been used. */
        NO_ATTEMPTS_LEFT,
        /** The attempt's time is up (on the server's clock); it has been submitted as it was. */
        TIME_UP,
        /** The attempt was submitted already. */
        ALREADY_SUBMITTED,
        /** An answer that does not fit its question (too long, or picks that name no choice). */
        BAD_RESPONSE,
        /** A grade outside 0 to the question's points, or for an attempt not submitted yet. */
        BAD_MARK,
        /** Changing a mark already given needs a reason. */
        REASON_REQUIRED
    }

    private final Reason reason;

    public QuizRuleException(Reason reason, String detail) {
        super("Quiz action refused (" + reason + "): " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
