package vn.tvet.lms.xapi;

/**
 * A document request refused for concurrency (Communication 3.1): 412 when If-Match or If-None-Match does not
 * hold, 409 when a profile document is replaced without saying which version the client saw.
 */
public class DocumentPreconditionException extends RuntimeException {

    private final int status;

    public DocumentPreconditionException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
