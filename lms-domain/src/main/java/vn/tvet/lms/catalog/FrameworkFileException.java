package vn.tvet.lms.catalog;

import java.util.List;

/**
 * A framework file that cannot be imported: malformed, not the expected format, or breaking the tree
 * rules. The problems are meant for the person who uploaded it.
 */
public class FrameworkFileException extends RuntimeException {

    private final List<String> problems;

    public FrameworkFileException(List<String> problems, Throwable cause) {
        super("Framework file refused: " + String.join("; ", problems), cause);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
