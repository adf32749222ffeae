package vn.tvet.lms.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.lang.System.Logger.Level;
import java.time.Clock;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.library.WorkflowViolationException.Reason;
import vn.tvet.lms.notification.NotificationKind;
import vn.tvet.lms.notification.Notifications;

/** The review workflow: submit, approve, send back, retire. The rules live in {@link LearningResource}. */
@ApplicationScoped
public class ResourceReview {

    private static final System.Logger LOG = System.getLogger(ResourceReview.class.getName());

    private LearningResources resources;
    private People people;
    private Clock clock;
    private Notifications notifications;
    private Event<ResourceChanged> changes;

    ResourceReview() {
        // for the CDI proxy
    }

    @Inject
    public ResourceReview(LearningResources resources, People people, Clock clock, Event<ResourceChanged> changes,
            Notifications notifications) {
        this.notifications = notifications;
        this.changes = changes;
        this.resources = resources;
        this.people = people;
        this.clock = clock;
    }

    /** Sends a draft for review, or a published resource's pending change (a revision). */
    @Transactional
    public void submit(@NotNull Viewer author, long resourceId) {
        LearningResource resource = resources.getVisible(author, resourceId);
        if (!resource.mayEdit(author) || !people.authorsIn(resource.getOwner().getId(), author.personId())) {
            throw new WorkflowViolationException(resourceId, resource.getStatus(), HistoryAction.SUBMITTED,
                    Reason.NOT_ALLOWED);
        }
        if (resource.isRevisionPending()) {
            resource.submitRevision(actor(author), clock.instant());
        } else {
            resource.submit(actor(author), clock.instant());
        }
        changes.fire(new ResourceChanged(resourceId));
        LOG.log(Level.INFO, "Resource {0} submitted for {1} review", resourceId, resource.getScope());
    }

    @Transactional
    public void approve(@NotNull Viewer reviewer, long resourceId, String note) {
        LearningResource resource = resources.getVisible(reviewer, resourceId);
        if (resource.getRevisionStatus() == RevisionStatus.SUBMITTED) {
            resource.approveRevision(reviewer, actor(reviewer), note, clock.instant());
        } else {
            resource.approve(reviewer, actor(reviewer), note, clock.instant());
        }
        changes.fire(new ResourceChanged(resourceId));
        decided(resource, "#notifications.published");
        LOG.log(Level.INFO, "Resource {0} published by person {1}", resourceId, reviewer.personId());
    }

    @Transactional
    public void sendBack(@NotNull Viewer reviewer, long resourceId, String reason) {
        LearningResource resource = resources.getVisible(reviewer, resourceId);
        resource.sendBack(reviewer, actor(reviewer), reason, clock.instant());
        changes.fire(new ResourceChanged(resourceId));
        decided(resource, "#notifications.sentBack");
        LOG.log(Level.INFO, "Resource {0} sent back by person {1}", resourceId, reviewer.personId());
    }

    /** Tells the author how the review went. */
    private void decided(LearningResource resource, String outcome) {
        notifications.notify(resource.getAuthor().getId(), NotificationKind.REVIEW_DECIDED, null,
                "/library/item.xhtml?id=" + resource.getId(), java.util.List.of(resource.getTitle(), outcome));
    }

    /** The author (or the school's admin) withdraws a published resource's pending change. */
    @Transactional
    public void discardRevision(@NotNull Viewer editor, long resourceId) {
        LearningResource resource = resources.getVisible(editor, resourceId);
        if (!resource.mayEdit(editor)) {
            throw new WorkflowViolationException(resourceId, resource.getStatus(), HistoryAction.REVISION_DISCARDED,
                    Reason.NOT_ALLOWED);
        }
        resource.discardRevision(actor(editor), clock.instant());
        changes.fire(new ResourceChanged(resourceId));
        LOG.log(Level.INFO, "Resource {0}: pending change withdrawn by person {1}", resourceId, editor.personId());
    }

    @Transactional
    public void retire(@NotNull Viewer viewer, long resourceId, String note) {
        LearningResource resource = resources.getVisible(viewer, resourceId);
        resource.retire(viewer, actor(viewer), note, clock.instant());
        changes.fire(new ResourceChanged(resourceId));
        LOG.log(Level.INFO, "Resource {0} retired by person {1}", resourceId, viewer.personId());
    }

    private Person actor(Viewer viewer) {
        return people.get(viewer.personId());
    }
}
