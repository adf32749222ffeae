package vn.tvet.lms.web.library;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import vn.tvet.lms.library.LearningResources;
import vn.tvet.lms.library.upload.ResumableUploads;
import vn.tvet.lms.storage.ContentStore;
import vn.tvet.lms.storage.ContentStoreException;
import vn.tvet.lms.storage.OrphanSweep;

/** Every hour aborts uploads abandoned for a day and runs the {@link OrphanSweep}; a store that is down is simply tried again next hour. */
@Singleton
public class OrphanSweepSchedule {

    private static final System.Logger LOG = System.getLogger(OrphanSweepSchedule.class.getName());

    @Inject
    ContentStore store;

    @Inject
    LearningResources resources;

    @Inject
    Clock clock;

    @Inject
    ResumableUploads uploads;

    @Inject
    vn.tvet.lms.learning.TaskEvidences evidences;

    @Inject
    vn.tvet.lms.xapi.LrsAttachments lrsAttachments;

    @Schedule(hour = "*", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        try {
            uploads.sweepAbandoned();
            // bytes stay while a library version, a learner's task evidence or an xAPI attachment names them
            new OrphanSweep(store, sha256 -> resources.blobInUse(sha256) || evidences.blobInUse(sha256)
                    || lrsAttachments.blobInUse(sha256), clock).sweep();
        } catch (ContentStoreException e) {
            LOG.log(Level.WARNING, "Orphan sweep skipped, object store unavailable: {0}", e.getMessage());
        }
    }
}
