package vn.tvet.lms.library.upload;

import java.util.UUID;

/**
 * A chunk that does not start where the received bytes end: a retry of a chunk that did arrive, or a
 * client that lost track. It carries the offset to continue from.
 */
public class ChunkOutOfOrderException extends RuntimeException {

    private final long receivedBytes;

    public ChunkOutOfOrderException(UUID sessionId, long offset, long receivedBytes) {
        super("Upload " + sessionId + " got a chunk at " + offset + " but has " + receivedBytes + " bytes");
        this.receivedBytes = receivedBytes;
    }

    public long receivedBytes() {
        return receivedBytes;
    }
}
