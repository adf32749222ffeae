package vn.tvet.lms.account;

import java.util.List;

/**
 * One data line of a student CSV file as read, with every problem found in it. A row with no problems
 * is ready to import. {@code typedUsername} is the code as the file had it, before it was normalised.
 */
public record StudentRow(long lineNumber, String username, String fullName, String email, List<RowProblem> problems,
        String typedUsername) {

    public StudentRow {
        problems = List.copyOf(problems);
    }

    public boolean importable() {
        return problems.isEmpty();
    }

    /** Whether the code is stored otherwise than the file wrote it (lower case, spaces trimmed), which people are told. */
    public boolean usernameNormalised() {
        return !username.isEmpty() && !username.equals(typedUsername);
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
