package vn.tvet.lms.library;

import java.io.InputStream;

/**
 * Where the platform keeps bytes: an S3-compatible object store. Implemented by the content-store
 * module; the domain only ever sees keys and streams. Every failure surfaces as a
 * {@link ContentStoreException} naming the bucket and key.
 */
public interface ContentStore {

    /** Streams {@code data} to {@code key} without buffering it whole; the size may be unknown. */
    StoredObject put(String key, InputStream data, String contentType);

    /** Opens the object for reading; the caller closes the stream. */
    InputStream open(String key);

    boolean exists(String key);

    void delete(String key);

    /** Answers quickly whether the store is reachable and its bucket exists; throws otherwise. */
    void checkAvailable();
}
