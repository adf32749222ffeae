package vn.tvet.lms.web.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.concurrent.TimeUnit;
import vn.tvet.lms.search.SearchAdministration;
import vn.tvet.lms.search.SearchIndexer;
import vn.tvet.lms.search.lucene.LuceneSearchIndex;

/**
 * Keeps the index up to date: one thread that drains the indexing queue whenever a change commits (and
 * every few seconds regardless, which also picks up whatever a crash left queued). At start, a missing or
 * unreadable index is rebuilt from the database and the object store.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "DemoDataLoader"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexingWorker {

    private static final System.Logger LOG = System.getLogger(IndexingWorker.class.getName());
    private static final int BATCH = 200;
    private static final long IDLE_LOOK_SECONDS = 5;
    private static final long FAILURE_PAUSE_SECONDS = 10;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    SearchIndexer indexer;

    @Inject
    SearchAdministration administration;

    @Inject
    LuceneSearchIndex index;

    @Inject
    IndexingWakeUp wakeUp;

    private volatile boolean running = true;
    private Thread worker;

    @PostConstruct
    void start() {
        if (index.needsRebuild()) {
            int queued = administration.rebuild();
            LOG.log(Level.INFO, "Search index was missing or unreadable: rebuilding, {0} documents queued", queued);
        }
        worker = threads.newThread(this::run);
        worker.setName("lms-search-indexing");
        worker.start();
    }

    private void run() {
        while (running) {
            try {
                if (indexer.indexPending(BATCH) == 0) {
                    wakeUp.await(IDLE_LOOK_SECONDS, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The tasks stay queued; the store or database may be back next time.
                LOG.log(Level.WARNING, "Indexing failed, retrying in {0} s: {1}", FAILURE_PAUSE_SECONDS, e.toString());
                pause();
            }
        }
    }

    private void pause() {
        try {
            TimeUnit.SECONDS.sleep(FAILURE_PAUSE_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        worker.interrupt();
        try {
            worker.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
