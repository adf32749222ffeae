package vn.tvet.lms.web.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.tvet.lms.library.LearningResource;
import vn.tvet.lms.library.LearningResources;
import vn.tvet.lms.web.account.CurrentUser;

/** What waits for the person's review, oldest first: network items for library admins, school items for school admins. */
@Named
@RequestScoped
public class ReviewQueuePage {

    /** A reviewer works through the oldest first; a longer queue is worked down page by page. */
    private static final int PAGE = 100;

    @Inject
    CurrentUser currentUser;

    @Inject
    LearningResources resources;

    private List<LearningResource> queue;

    public List<LearningResource> getQueue() {
        if (queue == null) {
            queue = resources.reviewQueue(currentUser.viewer(), 0, PAGE);
        }
        return queue;
    }

    public long getTotal() {
        return resources.countReviewQueue(currentUser.viewer());
    }
}
