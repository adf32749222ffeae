package vn.tvet.lms.library.upload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.library.ResourceAuthoring;
import vn.tvet.lms.library.ResourceType;
import vn.tvet.lms.library.upload.UploadSessions.StagedUpload;
import vn.tvet.lms.storage.ContentStore;
import vn.tvet.lms.storage.ContentStoreException;
import vn.tvet.lms.storage.ContentTooLargeException;
import vn.tvet.lms.storage.StoredBlob;

/**
 * Uploads that arrive in chunks and survive dropped connections: begin (every rule that can be checked
 * before a byte arrives is checked here), receive chunks in order, then finish, which assembles the parts
 * in the store, hashes and inspects the whole file and moves it to its content-addressed key. Sessions
 * left untouched for a day are aborted with their parts.
 */
@ApplicationScoped
public class ResumableUploads {

    private static final System.Logger LOG = System.getLogger(ResumableUploads.class.getName());

    /** A day is long enough to come back after a lost connection or a night; parts cost storage meanwhile. */
    public static final Duration ABANDONED_AFTER = Duration.ofHours(24);
    /** Enough for every magic number the detector knows. */
    private static final int DETECTION_BUFFER = 64 * 1024;

    private UploadSessions sessions;
    private ResourceAuthoring authoring;
    private ContentStore store;
    private MediaTypeDetector detector;
    private Clock clock;
    private StorageQuota quota;

    ResumableUploads() {
        // for the CDI proxy
    }

    @Inject
    public ResumableUploads(UploadSessions sessions, ResourceAuthoring authoring, ContentStore store,
            MediaTypeDetector detector, Clock clock, StorageQuota quota) {
        this.quota = quota;
        this.sessions = sessions;
        this.authoring = authoring;
        this.store = store;
        this.detector = detector;
        this.clock = clock;
    }

    /**
     * Starts an upload of {@code totalBytes} into the resource once the editor may add a version, the name and
     * size are acceptable and the person's quota allows it, so a refused file costs the user no transfer.
     */
    @Transactional
    public UploadSession begin(@NotNull Viewer editor, long resourceId, @NotNull String fileName, long totalBytes,
            int chunkBytes, @NotNull UploadLimits limits) {
        ResourceType type = authoring.checkUpload(editor, resourceId);
        UploadRules.checkName(type, fileName);
        quota.check(editor.personId(), totalBytes, true, limits.quota());
        return open(editor, UploadTarget.resource(resourceId), fileName, totalBytes, chunkBytes, limits);
    }

    /**
     * Starts an upload of a learner's evidence for the practical task at {@code step} of a class. The caller has
     * checked that the learner may hand in there and that the file's name is acceptable evidence.
     */
    @Transactional
    public UploadSession beginEvidence(@NotNull Viewer learner, long classId, int step, @NotNull String fileName,
            long totalBytes, int chunkBytes, @NotNull UploadLimits limits) {
        return open(learner, UploadTarget.evidence(classId, step), fileName, totalBytes, chunkBytes, limits);
    }

    private UploadSession open(Viewer person, UploadTarget target, String fileName, long totalBytes, int chunkBytes,
            UploadLimits limits) {
        UploadRules.checkNotEmpty(fileName, totalBytes);
        if (totalBytes > limits.maxBytes()) {
            throw new ContentTooLargeException(limits.maxBytes());
        }
        UUID id = UUID.randomUUID();
        String stagingKey = "uploads/resumable/" + id;
        String storeUploadId = store.beginParts(stagingKey, "application/octet-stream");
        UploadSession session = new UploadSession(id, target, person.personId(), fileName, totalBytes, chunkBytes,
                stagingKey, storeUploadId, clock.instant());
        sessions.add(session);
        LOG.log(Level.INFO, "Upload {0} begun by person {1} for {2}: {3} bytes", id, person.personId(), target,
                totalBytes);
        return session;
    }

    /** How far an upload got; the client continues from {@link UploadSession#getReceivedBytes()}. */
    @Transactional
    public UploadSession status(@NotNull Viewer editor, @NotNull UUID id) {
        return sessions.getOwnedLocked(editor, id);
    }

    /** How many bytes the chunk at {@code offset} must have, before the caller reads them off the network. */
    @Transactional
    public int expectedChunkLength(@NotNull Viewer editor, @NotNull UUID id, long offset) {
        return sessions.getOwnedLocked(editor, id).expectedChunkLength(offset);
    }

    /**
     * Stores one chunk that was read whole from the client: checked and recorded in two short locked
     * transactions, sent to the store between them. A retry of a chunk that already arrived is answered with
     * {@link ChunkOutOfOrderException}, which carries the offset to continue from.
     */
    public UploadSession receive(@NotNull Viewer editor, @NotNull UUID id, long offset, byte @NotNull [] chunk,
            int length) {
        UploadSessions.ChunkTarget target = sessions.reserveChunk(editor, id, offset, length);
        String etag = store.putPart(target.stagingKey(), target.storeUploadId(), target.partNumber(), chunk, length);
        return sessions.recordPart(editor, id, offset, etag, length, clock.instant());
    }

    /**
     * Joins the parts, reads the file once to hash it and detect its type, applies the same rules as a
     * one-request upload and moves it to its content-addressed key. The store's work happens outside any
     * lock. The session ends once the file is read: a refused file cannot become acceptable by finishing
     * again, while a finish that failed in the store (joined or not) can be retried.
     */
    public AssembledUpload finish(@NotNull Viewer editor, @NotNull UUID id) {
        StagedUpload staged = sessions.staged(editor, id);
        // A finish that failed later (store down) already joined the parts; the joined object is kept for the retry.
        if (!store.exists(staged.stagingKey())) {
            store.completeParts(staged.stagingKey(), staged.storeUploadId(), staged.parts());
        }
        AssembledUpload assembled = hashAndDetect(staged);
        sessions.end(editor, id);
        try {
            UploadRules.checkContent(staged.fileName(), assembled.detected());
        } catch (UploadRejectedException e) {
            store.delete(staged.stagingKey());
            throw e;
        }
        store.adopt(staged.stagingKey(), assembled.blob());
        LOG.log(Level.INFO, "Upload {0} finished: {1} bytes, sha256 {2}", id, assembled.blob().size(),
                assembled.blob().sha256());
        return assembled;
    }

    /** Gives up an upload and its parts. */
    public void cancel(@NotNull Viewer editor, @NotNull UUID id) {
        StagedUpload staged = sessions.stagedSoFar(editor, id);
        store.abortParts(staged.stagingKey(), staged.storeUploadId());
        sessions.end(editor, id);
        LOG.log(Level.INFO, "Upload {0} cancelled by person {1}", id, editor.personId());
    }

    /** Aborts sessions nobody touched for {@link #ABANDONED_AFTER}; returns how many. */
    @Transactional
    public int sweepAbandoned() {
        Instant cutoff = clock.instant().minus(ABANDONED_AFTER);
        int swept = 0;
        for (UploadSession session : sessions.untouchedSince(cutoff)) {
            store.abortParts(session.getStagingKey(), session.getStoreUploadId());
            sessions.remove(session);
            swept++;
        }
        if (swept > 0) {
            LOG.log(Level.INFO, "Aborted {0} abandoned uploads", swept);
        }
        return swept;
    }

    private AssembledUpload hashAndDetect(StagedUpload staged) {
        MessageDigest sha256 = sha256();
        try (InputStream assembled = new BufferedInputStream(
                new DigestInputStream(store.open(staged.stagingKey()), sha256), DETECTION_BUFFER)) {
            DetectedType detected = detector.detect(assembled, staged.fileName());
            long size = assembled.transferTo(OutputStream.nullOutputStream());
            if (size != staged.totalBytes()) {
                throw new ContentStoreException("content store", staged.stagingKey(),
                        "Assembled " + size + " bytes where " + staged.totalBytes() + " were received", null);
            }
            return new AssembledUpload(staged.target(), staged.fileName(), StoredBlob.of(sha256.digest(), size),
                    detected);
        } catch (IOException e) {
            throw new ContentStoreException("content store", staged.stagingKey(), "Cannot read the assembled upload", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** A finished upload in its content-addressed place, ready to be recorded where its target says. */
    public record AssembledUpload(UploadTarget target, String fileName, StoredBlob blob, DetectedType detected) {
    }
}
