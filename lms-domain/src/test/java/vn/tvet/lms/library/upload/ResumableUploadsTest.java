package vn.tvet.lms.library.upload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.library.ResourceAuthoring;
import vn.tvet.lms.library.ResourceType;
import vn.tvet.lms.library.packaging.PackageLimits;
import vn.tvet.lms.storage.InMemoryContentStore;

/** The chunked upload's rules with the object store and the session table replaced by in-memory fakes. */
class ResumableUploadsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC);
    private static final int CHUNK = 10;
    private static final Viewer TEACHER = new Viewer(3L, Set.of(1L), Set.of(), false);
    private static final Viewer OTHER_TEACHER = new Viewer(4L, Set.of(1L), Set.of(), false);
    private static final UploadLimits LIMITS = new UploadLimits(1000, new StorageQuota.Limits(0, 2),
            PackageLimits.DEFAULT);

    private final InMemoryContentStore store = new InMemoryContentStore(CLOCK);
    private final FakeSessions sessions = new FakeSessions();
    private final ResumableUploads uploads = new ResumableUploads(sessions, new DocumentsOnly(), store,
            (content, fileName) -> new DetectedType("application/pdf", startsLikePdf(content)), CLOCK,
            new QuotaOf(sessions));

    @Test
    void chunksInOrderBecomeOneContentAddressedFileAndTheUploadEnds() throws Exception {
        byte[] file = "%PDF-1.7 giáo trình điện".getBytes(StandardCharsets.UTF_8);
        UploadSession session = uploads.begin(TEACHER, 7, "giao-trinh.pdf", file.length, CHUNK, LIMITS);
        for (int offset = 0; offset < file.length; offset += CHUNK) {
            send(session.getId(), file, offset);
        }
        ResumableUploads.AssembledUpload assembled = uploads.finish(TEACHER, session.getId());

        assertEquals(UploadTarget.resource(7), assembled.target());
        assertEquals(file.length, assembled.blob().size());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)),
                assembled.blob().sha256());
        try (InputStream stored = store.open(assembled.blob().key())) {
            assertArrayEquals(file, stored.readAllBytes());
        }
        assertTrue(sessions.rows.isEmpty(), "a finished upload ends");
        assertEquals(0, store.unfinishedPartUploads());
        assertThrows(UploadSessionNotFoundException.class, () -> uploads.finish(TEACHER, session.getId()),
                "a second finish finds nothing");
    }

    @Test
    void aRetriedChunkIsRefusedWithTheOffsetToContinueFrom() {
        byte[] file = "%PDF-1.7 hai mươi lăm byte".getBytes(StandardCharsets.UTF_8);
        UploadSession session = uploads.begin(TEACHER, 7, "a.pdf", file.length, CHUNK, LIMITS);
        send(session.getId(), file, 0);

        ChunkOutOfOrderException retried = assertThrows(ChunkOutOfOrderException.class,
                () -> send(session.getId(), file, 0));
        assertEquals(CHUNK, retried.receivedBytes());
        assertEquals(CHUNK, uploads.status(TEACHER, session.getId()).getReceivedBytes());
    }

    @Test
    void aShortChunkIsRefusedBeforeTheStoreSeesIt() {
        UploadSession session = uploads.begin(TEACHER, 7, "a.pdf", 25, CHUNK, LIMITS);
        assertThrows(IncompleteChunkException.class,
                () -> uploads.receive(TEACHER, session.getId(), 0, new byte[CHUNK], CHUNK - 1));
        assertEquals(0, uploads.status(TEACHER, session.getId()).getReceivedBytes());
        assertThrows(IncompleteChunkException.class, () -> uploads.finish(TEACHER, session.getId()),
                "an incomplete upload cannot finish");
        assertFalse(sessions.rows.isEmpty(), "and it stays open to be continued");
    }

    @Test
    void aFileWhoseContentBetraysItsNameIsRefusedAndLeavesNothingBehind() {
        byte[] file = "PK\u0003\u0004 not a pdf".getBytes(StandardCharsets.ISO_8859_1);
        UploadSession session = uploads.begin(TEACHER, 7, "a.pdf", file.length, CHUNK, LIMITS);
        for (int offset = 0; offset < file.length; offset += CHUNK) {
            send(session.getId(), file, offset);
        }
        UploadRejectedException refused = assertThrows(UploadRejectedException.class,
                () -> uploads.finish(TEACHER, session.getId()));
        assertEquals(UploadRejectedException.Reason.CONTENT_MISMATCH, refused.reason());
        assertTrue(sessions.rows.isEmpty());
        assertTrue(store.keys().isEmpty(), "neither parts nor the joined file stay: " + store.keys());
    }

    @Test
    void nobodyElseCanSeeContinueOrCancelAnUpload() {
        UploadSession session = uploads.begin(TEACHER, 7, "a.pdf", 25, CHUNK, LIMITS);
        UUID id = session.getId();
        assertThrows(UploadSessionNotFoundException.class, () -> uploads.status(OTHER_TEACHER, id));
        assertThrows(UploadSessionNotFoundException.class,
                () -> uploads.receive(OTHER_TEACHER, id, 0, new byte[CHUNK], CHUNK));
        assertThrows(UploadSessionNotFoundException.class, () -> uploads.cancel(OTHER_TEACHER, id));
        uploads.cancel(TEACHER, id);
        assertTrue(sessions.rows.isEmpty());
        assertEquals(0, store.unfinishedPartUploads());
    }

    @Test
    void namesSizesAndOpenUploadsAreRefusedBeforeAnyByteIsSent() {
        UploadRejectedException wrongName = assertThrows(UploadRejectedException.class,
                () -> uploads.begin(TEACHER, 7, "setup.exe", 25, CHUNK, LIMITS));
        assertTrue(wrongName.allowedExtensions().contains("pdf"), "the refusal names what is taken");
        assertThrows(vn.tvet.lms.storage.ContentTooLargeException.class,
                () -> uploads.begin(TEACHER, 7, "a.pdf", 1001, CHUNK, LIMITS));
        uploads.begin(TEACHER, 7, "a.pdf", 25, CHUNK, LIMITS);
        uploads.begin(TEACHER, 7, "b.pdf", 25, CHUNK, LIMITS);
        assertThrows(QuotaExceededException.class, () -> uploads.begin(TEACHER, 7, "c.pdf", 25, CHUNK, LIMITS),
                "two open uploads per person in these limits");
        assertEquals(0, store.keys().size());
    }

    private void send(UUID id, byte[] file, int offset) {
        int length = Math.min(CHUNK, file.length - offset);
        byte[] chunk = new byte[CHUNK];
        System.arraycopy(file, offset, chunk, 0, length);
        uploads.receive(TEACHER, id, offset, chunk, length);
    }

    private static boolean startsLikePdf(InputStream content) {
        try {
            content.mark(4);
            byte[] head = content.readNBytes(4);
            content.reset();
            return new String(head, StandardCharsets.ISO_8859_1).equals("%PDF");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The session table, without the database; its locks are what a single thread already has. */
    private static final class FakeSessions extends UploadSessions {
        final Map<UUID, UploadSession> rows = new HashMap<>();

        @Override
        void add(UploadSession session) {
            rows.put(session.getId(), session);
        }

        @Override
        UploadSession getOwnedLocked(Viewer viewer, UUID id) {
            UploadSession session = rows.get(id);
            if (session == null || !session.isOwnedBy(viewer)) {
                throw new UploadSessionNotFoundException(id);
            }
            return session;
        }

        @Override
        public void end(Viewer viewer, UUID id) {
            rows.remove(getOwnedLocked(viewer, id).getId());
        }

        @Override
        List<UploadSession> untouchedSince(Instant cutoff) {
            return rows.values().stream().filter(s -> s.getTouchedAt().isBefore(cutoff)).toList();
        }

        @Override
        void remove(UploadSession session) {
            rows.remove(session.getId());
        }
    }

    /** Every resource is a document the teacher may add files to. */
    private static final class DocumentsOnly extends ResourceAuthoring {
        DocumentsOnly() {
            super(null, null, null, CLOCK, null);
        }

        @Override
        public ResourceType checkUpload(Viewer editor, long resourceId) {
            return ResourceType.DOCUMENT;
        }
    }

    /** The quota rule itself, counting the fake's open uploads and no stored bytes. */
    private static final class QuotaOf extends StorageQuota {
        private final FakeSessions sessions;

        QuotaOf(FakeSessions sessions) {
            this.sessions = sessions;
        }

        @Override
        public long usedBy(long personId) {
            return 0;
        }

        @Override
        public long openUploads(long personId) {
            return sessions.rows.values().stream().filter(s -> s.isOwnedBy(new Viewer(personId, Set.of(), Set.of(), false))).count();
        }
    }
}
