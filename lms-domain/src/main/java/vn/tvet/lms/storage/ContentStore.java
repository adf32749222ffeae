package vn.tvet.lms.storage;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Where the platform keeps bytes: an S3-compatible object store. Implemented by the content-store
 * module; the domain only ever sees keys and streams. Every failure surfaces as a
 * {@link ContentStoreException} naming the bucket and key.
 */
public interface ContentStore {

    /** Streams {@code data} to {@code key} without buffering it whole; the size may be unknown. */
    StoredObject put(String key, InputStream data, String contentType);

    /**
     * Streams {@code data} into the store under its SHA-256 while hashing it, refusing it once it passes
     * {@code maxBytes} (checked while streaming, never after buffering). Content already stored is not
     * stored again. Nothing is left behind when the upload fails or is too large.
     *
     * @throws ContentTooLargeException when the stream is longer than {@code maxBytes}
     */
    StoredBlob putContentAddressed(InputStream data, long maxBytes, String contentType);

    /**
     * Starts an upload whose parts arrive one by one, possibly over hours and server restarts (the store
     * keeps them); returns the store's id for it.
     */
    String beginParts(String key, String contentType);

    /** Stores part {@code number} (from 1) of such an upload; every part but the last must be at least 5 MiB on S3. */
    String putPart(String key, String uploadId, int number, byte[] data, int length);

    /** Joins the parts, in order, into the object at {@code key}. */
    void completeParts(String key, String uploadId, java.util.List<StoredPart> parts);

    /** Drops an unfinished upload and its parts. */
    void abortParts(String key, String uploadId);

    /**
     * Moves the object at {@code key}, whose content is {@code blob}, to the blob's content-addressed key
     * (unless those bytes are already stored) and removes it from {@code key}.
     */
    void adopt(String key, StoredBlob blob);

    /** Opens the object for reading; the caller closes the stream. */
    InputStream open(String key);

    /** Opens {@code length} bytes of the object from {@code offset}, for HTTP Range requests. */
    InputStream open(String key, long offset, long length);

    /** The object's size in bytes, or empty when there is no such object. */
    OptionalLong size(String key);

    /**
     * A URL from which anyone holding it may GET the object until {@code validity} runs out, so large media
     * need not pass through the application. The store answers with the given file name and type.
     */
    URI presignedDownload(String key, Duration validity, String fileName, String contentType);

    boolean exists(String key);

    void delete(String key);

    /** Every object whose key starts with {@code prefix}, streamed page by page from the store. */
    java.util.stream.Stream<StoredKey> list(String prefix);

    /** Answers quickly whether the store is reachable and its bucket exists; throws otherwise. */
    void checkAvailable();
}
