package vn.tvet.lms.library;

/**
 * A learning resource was created or changed (description, file, workflow step). Fired inside the use
 * case's transaction, so observers that write to the database (the search queue) commit or roll back
 * with the change.
 */
public record ResourceChanged(long resourceId) {
}
