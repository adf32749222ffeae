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

    public void rebuild() {
        int queued = administration.rebuild();
        wakeUp.wake();
        texts.info("searchAdmin.rebuilding", queued);
    }
}
