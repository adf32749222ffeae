package vn.tvet.lms.questions;

/**
 * One fault in an imported question file, where it is: a line (GIFT, from 1) or the n-th question element (Moodle
 * XML, from 1, with its name when it has one); 0 for the whole file. Pages word it in the reader's language under
 * {@code questions.problem.<kind>}, with the position, the name and the detail; a broken rule names its reason.
 */
public record QuestionFileProblem(Unit unit, int position, String name, Kind kind, String detail) {

    /** What the position counts. */
    public enum Unit {
        LINE, QUESTION
    }

    /** What is wrong. */
    public enum Kind {
        /** The file is not well-formed (XML) or is not text. */
        MALFORMED,
        /** A question whose answer block is never closed. */
        UNCLOSED_BRACE,
        /** Text with no answer block: not a question. */
        NO_ANSWERS,
        /** An answer written in a way the format does not allow ({@code detail} quotes it). */
        BAD_ANSWER,
        /** A kind of question the product does not ask ({@code detail} names it). */
        UNSUPPORTED_TYPE,
        /** A question that breaks a rule of questions ({@code detail} is the {@link QuestionRuleException.Reason}). */
        RULE,
        /** No question in the whole file. */
        NO_QUESTIONS,
        /** More questions than one file may bring. */
        TOO_MANY
    }

    static QuestionFileProblem atLine(int line, Kind kind, String detail) {
        return new QuestionFileProblem(Unit.LINE, line, null, kind, detail);
    }

    static QuestionFileProblem atQuestion(int number, String name, Kind kind, String detail) {
        return new QuestionFileProblem(Unit.QUESTION, number, name, kind, detail);
    }

    @Override
    public String toString() {
        return (unit == Unit.LINE ? "line " : "question ") + position + (name == null ? "" : " (" + name + ")") + ": " + kind
                + (detail == null ? "" : " " + detail);
    }
}
