package vn.tvet.lms.library.upload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.storage.StoredPart;

/**
 * Uploads in progress, and the short locked transactions of their bookkeeping. The row lock serialises
 * retried chunks and finishes of one upload; it is never held while bytes move to or from the object store.
 */
@ApplicationScoped
public class UploadSessions {

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    void add(UploadSession session) {
        em.persist(session);
    }

    /** The viewer's session, locked for the rest of the transaction so retried chunks are taken one at a time. */
    UploadSession getOwnedLocked(Viewer viewer, UUID id) {
        return Optional.ofNullable(em.find(UploadSession.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(session -> session.isOwnedBy(viewer))
                .orElseThrow(() -> new UploadSessionNotFoundException(id));
    }

    /** Checks that the chunk at {@code offset} is the next one and has its full length; says where its part goes. */
    @Transactional
    public ChunkTarget reserveChunk(Viewer viewer, UUID id, long offset, int length) {
        UploadSession session = getOwnedLocked(viewer, id);
        int expected = session.expectedChunkLength(offset);
        if (length != expected) {
            throw new IncompleteChunkException(id, offset, length, expected);
        }
        return new ChunkTarget(session.getStagingKey(), session.getStoreUploadId(), session.nextPartNumber());
    }

    /**
     * Records a part the store acknowledged. A concurrent retry of the same chunk that got here first wins;
     * this one is answered with the offset to continue from (both wrote the same part number).
     */
    @Transactional
    public UploadSession recordPart(Viewer viewer, UUID id, long offset, String etag, int length, Instant now) {
        UploadSession session = getOwnedLocked(viewer, id);
        session.expectedChunkLength(offset);
        session.recordPart(etag, length, now);
        return session;
    }

    /** A complete upload's staging place and parts, for joining them outside the lock. */
    @Transactional
    public StagedUpload staged(Viewer viewer, UUID id) {
        UploadSession session = getOwnedLocked(viewer, id);
        if (!session.isComplete()) {
            throw new IncompleteChunkException(id, session.getReceivedBytes(), 0, (int) Math.min(
                    session.getChunkBytes(), session.getTotalBytes() - session.getReceivedBytes()));
        }
        return StagedUpload.of(session);
    }

    /** Any of the viewer's uploads, complete or not, with its staging place. */
    @Transactional
    public StagedUpload stagedSoFar(Viewer viewer, UUID id) {
        return StagedUpload.of(getOwnedLocked(viewer, id));
    }

    /** Ends the upload; a second finish or cancel of the same upload finds nothing. */
    @Transactional
    public void end(Viewer viewer, UUID id) {
        em.remove(getOwnedLocked(viewer, id));
    }

    public Optional<UploadSession> find(UUID id) {
        return Optional.ofNullable(em.find(UploadSession.class, id));
    }

    List<UploadSession> untouchedSince(Instant cutoff) {
        return em.createQuery("select s from UploadSession s where s.touchedAt < :cutoff", UploadSession.class)
                .setParameter("cutoff", cutoff).getResultList();
    }

    void remove(UploadSession session) {
        em.remove(session);
    }

    /** Where the next chunk's bytes go in the store. */
    public record ChunkTarget(String stagingKey, String storeUploadId, int partNumber) {
    }

    /** What joining an upload's parts needs, read under the lock and used after it. */
    public record StagedUpload(UUID id, UploadTarget target, String fileName, long totalBytes, String stagingKey,
            String storeUploadId, List<StoredPart> parts) {

        static StagedUpload of(UploadSession session) {
            return new StagedUpload(session.getId(), session.target(), session.getFileName(),
                    session.getTotalBytes(), session.getStagingKey(), session.getStoreUploadId(), session.getParts());
        }
    }
}
