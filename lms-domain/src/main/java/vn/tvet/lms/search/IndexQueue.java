package vn.tvet.lms.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.tvet.lms.catalog.FrameworkImported;
import vn.tvet.lms.courseware.ModuleChanged;
import vn.tvet.lms.programme.ProgrammeChanged;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.tvet.lms.library.ResourceChanged;

/**
 * The durable indexing queue and the text cache. Every change event (library item, module, programme,
 * framework) adds a task inside the transaction of the change; the row commits or rolls back with it.
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
        enqueue(DocumentKind.RESOURCE, change.resourceId());
    }

    void moduleChanged(@Observes ModuleChanged change) {
        enqueue(DocumentKind.MODULE, change.moduleId());
    }

    void programmeChanged(@Observes ProgrammeChanged change) {
        enqueue(DocumentKind.PROGRAMME, change.programmeId());
    }

    void frameworkImported(@Observes FrameworkImported change) {
        enqueue(DocumentKind.FRAMEWORK, change.frameworkId());
    }

    private void enqueue(DocumentKind kind, long id) {
        em.persist(new IndexTask(kind, id, clock.instant()));
        queued.fire(new ResourcesQueued(1));
    }

    /** Marks every document of every kind for indexing (a rebuild). */
    public int everythingChanged() {
        int count = 0;
        for (String[] source : new String[][] {{"RESOURCE", "learning_resource"}, {"MODULE", "course_module"},
                {"PROGRAMME", "programme"}, {"FRAMEWORK", "competency_framework"}}) {
            count += em.createNativeQuery("insert into search_index_task (document_id, kind, enqueued_at)"
                    + " select id, ?1, ?2 from " + source[1]).setParameter(1, source[0]).setParameter(2, clock.instant())
                    .executeUpdate();
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
