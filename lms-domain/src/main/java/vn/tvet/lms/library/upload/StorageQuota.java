package vn.tvet.lms.library.upload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * How much of the object store each person may fill, and how many chunked uploads they may keep open: a person
 * (or a stolen session) cannot fill the store with 2 GiB files, nor pile up half-finished uploads. A person's use
 * is the size of every version they added plus the announced size of their open uploads.
 */
@ApplicationScoped
public class StorageQuota {

    /** The limits, from configuration; zero or less means no limit. */
    public record Limits(long bytesPerPerson, int openUploadsPerPerson) {
    }

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    /** Bytes the person holds: their versions and their open uploads. */
    public long usedBy(long personId) {
        long versions = em.createQuery("select coalesce(sum(v.size), 0) from ResourceVersion v where v.createdBy.id = :p",
                Long.class).setParameter("p", personId).getSingleResult();
        long open = em.createQuery("select coalesce(sum(s.totalBytes), 0) from UploadSession s where s.personId = :p",
                Long.class).setParameter("p", personId).getSingleResult();
        return versions + open;
    }

    public long openUploads(long personId) {
        return em.createQuery("select count(s) from UploadSession s where s.personId = :p", Long.class)
                .setParameter("p", personId).getSingleResult();
    }

    /**
     * Refuses, before any byte is taken, an upload of {@code moreBytes} that would take the person past their
     * quota, or a new chunked upload beyond the open ones allowed.
     */
    @jakarta.transaction.Transactional
    public void check(long personId, long moreBytes, boolean newChunkedUpload, Limits limits) {
        if (newChunkedUpload && limits.openUploadsPerPerson() > 0 && openUploads(personId) >= limits.openUploadsPerPerson()) {
            throw new QuotaExceededException(QuotaExceededException.Kind.OPEN_UPLOADS, limits.openUploadsPerPerson());
        }
        if (limits.bytesPerPerson() > 0 && usedBy(personId) + moreBytes > limits.bytesPerPerson()) {
            throw new QuotaExceededException(QuotaExceededException.Kind.STORAGE, limits.bytesPerPerson());
        }
    }
}
