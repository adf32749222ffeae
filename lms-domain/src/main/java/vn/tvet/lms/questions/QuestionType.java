package vn.tvet.lms.questions;

/** What a question asks the learner to do, and so how its response is marked. */
public enum QuestionType {
    /** Pick one choice; each choice has a share of the mark (the right one 100%). */
    SINGLE_CHOICE,
    /** Pick any choices; right ones add their share, wrong ones may take some away. */
    MULTIPLE_CHOICE,
    /** Đúng or Sai. */
    TRUE_FALSE,
    /** Type a word or phrase, compared with the accepted answers (case and diacritics as the author chose). */
    SHORT_ANSWER,
    /** Pair each item on the left with one on the right. */
    MATCHING,
    /** Type a number, right within a tolerance. */
    NUMERIC,
    /** Write freely; a teacher grades it. */
    ESSAY;

    /** Whether the learner picks from listed choices (which a quiz may shuffle). */
    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == TRUE_FALSE;
    }

    /** Whether the response is typed text. */
    public boolean typed() {
        return this == SHORT_ANSWER || this == NUMERIC || this == ESSAY;
    }
}
