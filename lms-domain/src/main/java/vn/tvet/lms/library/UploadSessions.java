package vn.tvet.lms.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.tvet.lms.account.Viewer;

/** Uploads in progress. */
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
}
