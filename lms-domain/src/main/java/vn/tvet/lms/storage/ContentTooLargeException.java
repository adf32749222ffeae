package vn.tvet.lms.storage;

/** An upload went past the configured size limit; it was stopped while streaming and nothing was kept. */
public class ContentTooLargeException extends RuntimeException {

    private final long limitBytes;

    public ContentTooLargeException(long limitBytes) {
        super("Content exceeds the limit of " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
