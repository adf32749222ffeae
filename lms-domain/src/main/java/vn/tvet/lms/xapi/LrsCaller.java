package vn.tvet.lms.xapi;

/**
 * Who is calling the LRS, once authenticated: a school's client with what it may do. The LRS uses it to scope every
 * read and write to that school, and as the statements' authority.
 */
public record LrsCaller(long clientId, long schoolId, String name, String apiKey, boolean mayRead, boolean mayWrite) {
}
