package vn.tvet.lms.catalog;

import java.util.List;

/**
 * A framework file that cannot be imported: malformed, not the expected format, or breaking the tree
 * rules. The problems are meant for the person who uploaded it.
 */
public class FrameworkFileException extends RuntimeException {

    private final List<FrameworkProblem> details;

    public FrameworkFileException(List<FrameworkProblem> details, Throwable cause) {
        super("Framework file refused: " + String.join("; ", details.stream().map(FrameworkProblem::english).toList()),
                cause);
        this.details = List.copyOf(details);
    }

    /** Every problem, for the page to show in the reader's language. */
    public List<FrameworkProblem> details() {
        return details;
    }

    /** The problems in English, for logs and tests. */
    public List<String> problems() {
        return details.stream().map(FrameworkProblem::english).toList();
    }
}
