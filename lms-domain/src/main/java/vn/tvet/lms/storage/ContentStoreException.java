package vn.tvet.lms.storage;

/** The object store failed or is unreachable; carries the bucket and key involved. */
public class ContentStoreException extends RuntimeException {

    private final String bucket;
    private final String key;

    public ContentStoreException(String bucket, String key, String message, Throwable cause) {
        super(message + " (bucket " + bucket + (key == null ? "" : ", key " + key) + ")", cause);
        this.bucket = bucket;
        this.key = key;
    }

    public String bucket() {
        return bucket;
    }

    public String key() {
        return key;
    }
}
