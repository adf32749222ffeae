package vn.tvet.lms.xapi;

/**
 * A statement the LRS must refuse with 400 Bad Request: {@code path} names the property (for example
 * {@code context.contextActivities.parent[0].id}) and the message says which rule of xAPI 1.0.3 it breaks.
 */
public class StatementRejectedException extends RuntimeException {

    private final String path;

    public StatementRejectedException(String path, String rule) {
        super(path + ": " + rule);
        this.path = path;
    }

    public String path() {
        return path;
    }
}
