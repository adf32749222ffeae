package vn.tvet.lms.catalog;

import java.util.List;

/**
 * One data line of an occupation CSV as read: the values, what importing it would do, and every problem
 * found. A row with problems is not imported.
 */
public record OccupationRow(long lineNumber, String code, String name, TrainingLevel level, Change change,
        List<RowProblem> problems) {

    public OccupationRow {
        problems = List.copyOf(problems);
    }

    public boolean importable() {
        return problems.isEmpty() && change != Change.NONE;
    }

    /** What importing the row does to the catalogue. */
    public enum Change {
        ADD,
        UPDATE,
        /** The catalogue already says exactly this. */
        NONE
    }

    /** Why a row cannot be imported; each has a message under {@code occupations.problem.*}. */
    public enum RowProblem {
        WRONG_COLUMN_COUNT,
        CODE_MISSING,
        CODE_INVALID,
        CODE_DUPLICATE_IN_FILE,
        NAME_MISSING,
        NAME_TOO_LONG,
        LEVEL_UNKNOWN
    }
}
