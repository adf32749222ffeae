package vn.tvet.lms.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where evidence handed in for practical tasks is kept. Callers check who may see or add what. */
@ApplicationScoped
public class TaskEvidences {

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    @Transactional
    public void add(TaskEvidence evidence) {
        em.persist(evidence);
    }

    @Transactional
    public Optional<TaskEvidence> find(UUID id) {
        return Optional.ofNullable(em.find(TaskEvidence.class, id));
    }

    /** One learner's files for one task of a class, oldest first. */
    @Transactional
    public List<TaskEvidence> of(long classId, String activityId, long personId) {
        return em.createQuery("select e from TaskEvidence e where e.classId = :c and e.activityId = :a and e.personId = :p"
                        + " order by e.handedInAt", TaskEvidence.class)
                .setParameter("c", classId).setParameter("a", activityId).setParameter("p", personId).getResultList();
    }

    @Transactional
    public void remove(TaskEvidence evidence) {
        em.remove(em.contains(evidence) ? evidence : em.merge(evidence));
    }

    /** Whether any evidence still names these bytes (the orphan sweep keeps them then). */
    @Transactional
    public boolean blobInUse(String sha256) {
        return !em.createQuery("select e.id from TaskEvidence e where e.sha256 = :sha", UUID.class)
                .setParameter("sha", sha256).setMaxResults(1).getResultList().isEmpty();
    }
}
