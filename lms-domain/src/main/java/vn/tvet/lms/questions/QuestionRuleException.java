package vn.tvet.lms.questions;

/** A question its rules refuse; the reason has a message under {@code questions.refused.*}. */
public class QuestionRuleException extends RuntimeException {

    /** Which rule. */
    public enum Reason {
        /** No question text, or text over the limit. */
        NO_PROMPT,
        /** Too few or too many answers for the kind. */
        ANSWER_COUNT,
        /** No answer earns the full mark (for multiple choice: the right ones do not add up to 100%). */
        NO_RIGHT_ANSWER,
        /** A numeric answer that is not a number, or a negative tolerance. */
        NOT_A_NUMBER,
        /** A matching pair without its two sides. */
        BAD_PAIR,
        /** A mark that is not a positive number up to 100. */
        BAD_POINTS,
        /** Too long a name, category, answer or feedback. */
        TOO_LONG,
        /** A quiz names a question its module's bank no longer has. */
        UNKNOWN_QUESTION,
        /** A quiz draws more questions from a category than the bank has in it. */
        NOT_ENOUGH_QUESTIONS,
        /** A draw of no questions, or a quiz of more than {@link QuizDraw#MAX_DRAWN}. */
        BAD_DRAW,
        /** A question a draft quiz still names: take it out of the quiz first. */
        IN_USE,
        /** A bank already holding {@link QuestionBank#MAX_QUESTIONS}. */
        BANK_FULL
    }

    private final Reason reason;

    public QuestionRuleException(Reason reason, String detail) {
        super("Question refused (" + reason + "): " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
