package vn.tvet.lms.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.util.List;

/** Looking after the index: how far behind it is, and rebuilding it from the database and the store. */
@ApplicationScoped
public class SearchAdministration {

    private static final System.Logger LOG = System.getLogger(SearchAdministration.class.getName());

    private IndexQueue queue;
    private SearchIndex index;

    SearchAdministration() {
        // for the CDI proxy
    }

    @Inject
    public SearchAdministration(IndexQueue queue, SearchIndex index) {
        this.queue = queue;
        this.index = index;
    }

    /**
     * Empties the index and queues every resource: searches find less until the worker has caught up
     * (extracted text is kept by hash, so that is quick), and nothing is lost if the application stops
     * meanwhile. Returns how many resources were queued.
     */
    @Transactional
    public int rebuild() {
        index.clear();
        int queued = queue.everythingChanged();
        LOG.log(Level.INFO, "Search index cleared; {0} documents queued for indexing", queued);
        return queued;
    }

    @Transactional
    public long pendingTasks() {
        return queue.pending();
    }

    /** Tasks that failed too often, with their error, for the admin page. */
    @Transactional
    public List<IndexTask> parkedTasks() {
        return queue.parked();
    }

    /** Gives every parked task another set of tries; returns how many. */
    @Transactional
    public int retryParked() {
        int count = queue.retryParked();
        LOG.log(Level.INFO, "{0} parked indexing tasks queued again", count);
        return count;
    }

    public long indexedResources() {
        return index.size();
    }
}
