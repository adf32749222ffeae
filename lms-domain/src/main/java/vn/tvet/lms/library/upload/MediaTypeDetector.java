package vn.tvet.lms.library.upload;

import java.io.InputStream;

/** Tells what bytes are from their first bytes (magic numbers) and their name. Implemented by content-store. */
public interface MediaTypeDetector {

    /**
     * Reads ahead in {@code content}, which must support mark and reset, and resets it, so the same stream
     * can then be stored whole.
     */
    DetectedType detect(InputStream content, String fileName);
}
