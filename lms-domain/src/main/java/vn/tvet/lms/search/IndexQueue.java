package vn.tvet.lms.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The durable indexing queue and the text cache. Every change of a searchable document adds a task inside
 * the transaction of the change; the row commits or rolls back with it.
 */
@ApplicationScoped
public class IndexQueue {

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    @Inject
    Event<ResourcesQueued> queued;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.inject.Instance<SearchableKind> kinds;

    /**
     * Marks a document for indexing. Each feature's {@link SearchableKind} calls this from a synchronous
     * observer of its change event, so the task is written in the transaction of the change; the indexer
     * is woken once that transaction has committed.
     */
    public void enqueue(DocumentKind kind, long id) {
        em.persist(new IndexTask(kind, id, clock.instant()));
        queued.fire(new ResourcesQueued(1));
    }

    /** Marks every document of every kind for indexing (a rebuild). */
    public int everythingChanged() {
        int count = 0;
        for (SearchableKind kind : kinds) {
            count += em.createNativeQuery("insert into search_index_task (document_id, kind, enqueued_at)"
                    + " select id, ?1, ?2 from " + kind.sourceTable()).setParameter(1, kind.kind().name())
                    .setParameter(2, clock.instant()).executeUpdate();
        }
        queued.fire(new ResourcesQueued(count));
        return count;
    }

    /** The oldest tasks due now: not parked, and past the pause after a failed try. */
    List<IndexTask> oldest(int max) {
        return em.createQuery("select t from IndexTask t where t.parkedAt is null"
                        + " and (t.nextAttemptAt is null or t.nextAttemptAt <= :now) order by t.id", IndexTask.class)
                .setParameter("now", clock.instant()).setMaxResults(max).getResultList();
    }

    /** Tasks still to do (parked ones are not: they wait for an admin). */
    public long pending() {
        return em.createQuery("select count(t) from IndexTask t where t.parkedAt is null", Long.class).getSingleResult();
    }

    /** Every parked task, oldest first, for the search admin page. */
    List<IndexTask> parked() {
        return em.createQuery("select t from IndexTask t where t.parkedAt is not null order by t.id", IndexTask.class)
                .setMaxResults(200).getResultList();
    }

    void failed(Collection<Long> taskIds, String error) {
        taskIds.forEach(id -> {
            IndexTask task = em.find(IndexTask.class, id);
            if (task != null) {
                task.failed(error, clock.instant());
            }
        });
    }

    /** Puts every parked task back in the queue; returns how many. */
    int retryParked() {
        List<IndexTask> parked = em.createQuery("select t from IndexTask t where t.parkedAt is not null", IndexTask.class)
                .getResultList();
        parked.forEach(IndexTask::retry);
        return parked.size();
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
