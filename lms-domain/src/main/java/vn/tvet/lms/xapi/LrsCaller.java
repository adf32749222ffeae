package vn.tvet.lms.xapi;

/**
 * Who is calling the LRS, once authenticated: a school's client with what it may do, or content launched from a
 * lesson ({@code launch} not null: only that learner and registration). The LRS uses it to scope every read and
 * write to that school, and as the statements' authority.
 */
public record LrsCaller(long clientId, long schoolId, String name, String apiKey, boolean mayRead, boolean mayWrite,
        LaunchScope launch) {

    /** A school's LRS client. */
    public LrsCaller(long clientId, long schoolId, String name, String apiKey, boolean mayRead, boolean mayWrite) {
        this(clientId, schoolId, name, apiKey, mayRead, mayWrite, null);
    }
}
