package vn.tvet.lms.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tvet.lms.search.SearchAdministration;
import vn.tvet.lms.web.platform.Texts;

/** For network admins: how big the index is, how much waits to be indexed, and the rebuild action. */
@Named
@RequestScoped
public class SearchAdminPage {

    @Inject
    SearchAdministration administration;

    @Inject
    IndexingWakeUp wakeUp;

    @Inject
    Texts texts;

    public long getIndexed() {
        return administration.indexedResources();
    }

    public long getPending() {
        return administration.pendingTasks();
    }

    /** Documents that failed to index too often, with their last error. */
    public java.util.List<vn.tvet.lms.search.IndexTask> getParked() {
        return administration.parkedTasks();
    }

    public void retryParked() {
        int queued = administration.retryParked();
        wakeUp.wake();
        texts.info("searchAdmin.retried", queued);
    }

    public void rebuild() {
        int queued = administration.rebuild();
        wakeUp.wake();
        texts.info("searchAdmin.rebuilding", queued);
    }
}
