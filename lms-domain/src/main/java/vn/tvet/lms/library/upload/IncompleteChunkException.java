package vn.tvet.lms.library.upload;

import java.util.UUID;

/** A chunk shorter or longer than the session expects at its offset (usually a connection that dropped). */
public class IncompleteChunkException extends RuntimeException {

    public IncompleteChunkException(UUID sessionId, long offset, int length, int expected) {
        super("Upload " + sessionId + " at " + offset + ": " + length + " bytes where " + expected + " were expected");
    }
}
