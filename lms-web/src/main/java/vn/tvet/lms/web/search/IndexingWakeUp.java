package vn.tvet.lms.web.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import vn.tvet.lms.search.IndexQueue.ResourcesQueued;

/**
 * Wakes the indexing worker as soon as a transaction that queued work has committed, so a change is
 * searchable well within a second; the worker also looks by itself every few seconds.
 */
@ApplicationScoped
public class IndexingWakeUp {

    private final Semaphore signal = new Semaphore(0);

    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) ResourcesQueued event) {
        signal.release();
    }

    void wake() {
        signal.release();
    }

    /** Waits for a wake-up or the timeout; returns at once when one is pending. */
    void await(long timeout, TimeUnit unit) throws InterruptedException {
        if (signal.tryAcquire(timeout, unit)) {
            signal.drainPermits();
        }
    }
}
