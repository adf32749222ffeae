package vn.tvet.lms.classes;

/**
 * One line of an enrolment file, as the preview shows it: the username as typed and as it was read, the learner
 * it names (when it names one of the school's learners) and why it cannot be enrolled, if it cannot.
 */
public record EnrolmentRow(long lineNumber, String typedUsername, String username, Long personId, String fullName,
        Problem problem) implements java.io.Serializable {

    /** Why a line is skipped. */
    public enum Problem {
        USERNAME_MISSING,
        /** Not a learner of this school: unknown, of another school, or not a learner (the file cannot tell which). */
        NOT_A_LEARNER_HERE,
        DUPLICATE_IN_FILE,
        ALREADY_IN_CLASS,
        WRONG_COLUMN_COUNT
    }

    public boolean importable() {
        return problem == null;
    }
}
