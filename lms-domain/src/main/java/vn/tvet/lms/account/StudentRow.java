package vn.tvet.lms.account;

import java.util.List;

/**
 * One data line of a student CSV file as read, with every problem found in it. A row with no problems
 * is ready to import.
 */
public record StudentRow(long lineNumber, String username, String fullName, String email, List<RowProblem> problems) {

    public StudentRow {
        problems = List.copyOf(problems);
    }

    public boolean importable() {
        return problems.isEmpty();
    }

    /** Why a row cannot be imported; each has a message in the UI bundles under {@code import.problem.*}. */
    public enum RowProblem {
        USERNAME_MISSING,
        USERNAME_INVALID,
        USERNAME_DUPLICATE_IN_FILE,
        USERNAME_TAKEN,
        NAME_MISSING,
        NAME_TOO_LONG,
        EMAIL_INVALID,
        WRONG_COLUMN_COUNT
    }
}
