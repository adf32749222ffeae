package vn.tvet.lms.library.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tvet.lms.storage.StoredPart;

class UploadSessionTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private final UploadSession session = new UploadSession(UUID.randomUUID(), UploadTarget.resource(7), 3, "video.mp4", 25, 10,
            "uploads/resumable/x", "upload-1", NOW);

    @Test
    void chunksArriveInOrderAndTheLastIsTheRest() {
        assertEquals(10, session.expectedChunkLength(0));
        session.recordPart("a", 10, NOW);
        assertEquals(10, session.expectedChunkLength(10));
        session.recordPart("b", 10, NOW);
        assertEquals(5, session.expectedChunkLength(20));
        assertFalse(session.isComplete());
        session.recordPart("c", 5, NOW);
        assertTrue(session.isComplete());
        assertEquals(3, session.getParts().size());
        assertEquals(new StoredPart(3, "c", 5), session.getParts().get(2));
    }

    @Test
    void aRetriedChunkIsToldWhereToContinue() {
        session.recordPart("a", 10, NOW);
        ChunkOutOfOrderException retry = assertThrows(ChunkOutOfOrderException.class, () -> session.expectedChunkLength(0));
        assertEquals(10, retry.receivedBytes());
        assertThrows(ChunkOutOfOrderException.class, () -> session.expectedChunkLength(20));
    }

    @Test
    void aShortChunkIsNotRecorded() {
        assertThrows(IllegalArgumentException.class, () -> session.recordPart("a", 4, NOW));
        assertEquals(0, session.getReceivedBytes());
    }
}
