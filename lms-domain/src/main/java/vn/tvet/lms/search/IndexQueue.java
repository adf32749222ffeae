package vn.tvet.lms.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.tvet.lms.library.ResourceChanged;

/**
 * The durable indexing queue and the text cache. Every {@link ResourceChanged} adds a task inside the
 * transaction of the change; the row commits or rolls back with the change itself.
 */
@ApplicationScoped
public class IndexQueue {

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    @Inject
    Event<ResourcesQueued> queued;

    @Inject
    Clock clock;

    /**
     * Marks the resource for indexing, in the transaction of the change (a synchronous observer runs in
     * its caller's transaction); the indexer is woken once that transaction has committed.
     */
    void resourceChanged(@Observes ResourceChanged change) {
        em.persist(new IndexTask(change.resourceId(), clock.instant()));
        queued.fire(new ResourcesQueued(1));
    }

    /** Marks every resource for indexing (a rebuild). */
    public int allResourcesChanged() {
        int count = em.createNativeQuery("insert into search_index_task (resource_id, enqueued_at)"
                + " select id, ?1 from learning_resource").setParameter(1, clock.instant()).executeUpdate();
        queued.fire(new ResourcesQueued(count));
        return count;
    }

    List<IndexTask> oldest(int max) {
        return em.createQuery("select t from IndexTask t order by t.id", IndexTask.class).setMaxResults(max).getResultList();
    }

    public long pending() {
        return em.createQuery("select count(t) from IndexTask t", Long.class).getSingleResult();
    }

    void remove(Collection<Long> taskIds) {
        if (!taskIds.isEmpty()) {
            em.createQuery("delete from IndexTask t where t.id in :ids").setParameter("ids", taskIds).executeUpdate();
        }
    }

    Optional<BlobText> text(String sha256) {
        return Optional.ofNullable(em.find(BlobText.class, sha256));
    }

    void keepText(String sha256, ExtractedText extracted) {
        if (em.find(BlobText.class, sha256) == null) {
            em.persist(new BlobText(sha256, extracted, clock.instant()));
        }
    }

    /** Fired (after commit, to observers that ask for it) when tasks were queued. */
    public record ResourcesQueued(int count) {
    }
}
