package vn.tvet.lms.xapi;

/** A statement id the LRS already holds for a different statement: 409 Conflict, nothing changes. */
public class StatementConflictException extends RuntimeException {

    public StatementConflictException(String id) {
        super("statement " + id + " is already stored with different content");
    }
}
