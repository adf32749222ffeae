package vn.tvet.lms.library.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.library.HistoryAction;
import vn.tvet.lms.library.LearningResource;
import vn.tvet.lms.library.LearningResources;
import vn.tvet.lms.library.ResourceNotFoundException;
import vn.tvet.lms.library.ResourceStatus;
import vn.tvet.lms.library.WorkflowViolationException;
import vn.tvet.lms.library.WorkflowViolationException.Reason;

/**
 * Reuse across schools: a teacher keeps published material of any school in their own collection by
 * reference, and is told when a newer version is published.
 */
@ApplicationScoped
public class PersonalCollection {

    private static final System.Logger LOG = System.getLogger(PersonalCollection.class.getName());

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    private LearningResources resources;
    private People people;
    private Clock clock;

    PersonalCollection() {
        // for the CDI proxy
    }

    @Inject
    public PersonalCollection(LearningResources resources, People people, Clock clock) {
        this.resources = resources;
        this.people = people;
        this.clock = clock;
    }

    /** Adds a published resource the viewer may see; adding it twice keeps the first entry. */
    @Transactional
    public CollectionItem add(@NotNull Viewer viewer, long resourceId) {
        LearningResource resource = resources.getVisible(viewer, resourceId);
        if (resource.getStatus() != ResourceStatus.PUBLISHED) {
            throw new WorkflowViolationException(resourceId, resource.getStatus(), HistoryAction.APPROVED,
                    Reason.WRONG_STATUS);
        }
        Optional<CollectionItem> existing = find(viewer, resourceId);
        if (existing.isPresent()) {
            return existing.get();
        }
        CollectionItem item = new CollectionItem(people.get(viewer.personId()), resource, clock.instant());
        em.persist(item);
        LOG.log(Level.INFO, "Person {0} added resource {1} to their collection", viewer.personId(), resourceId);
        return item;
    }

    @Transactional
    public Optional<CollectionItem> find(@NotNull Viewer viewer, long resourceId) {
        return em.createQuery("select c from CollectionItem c where c.owner.id = :me and c.resource.id = :r",
                        CollectionItem.class)
                .setParameter("me", viewer.personId()).setParameter("r", resourceId).getResultStream().findFirst();
    }

    /** The viewer's collection, newest first, with what each list row shows loaded. */
    @Transactional
    public List<CollectionItem> items(@NotNull Viewer viewer) {
        List<CollectionItem> items = em.createQuery("select c from CollectionItem c join fetch c.resource r"
                        + " join fetch r.owner join fetch r.author where c.owner.id = :me order by c.addedAt desc, c.id desc",
                        CollectionItem.class)
                .setParameter("me", viewer.personId()).getResultList();
        items.forEach(item -> item.getResource().getVersions().size());
        return items;
    }

    @Transactional
    public void takeLatest(@NotNull Viewer viewer, long itemId) {
        own(viewer, itemId).takeLatest();
    }

    @Transactional
    public void remove(@NotNull Viewer viewer, long itemId) {
        em.remove(own(viewer, itemId));
    }

    private CollectionItem own(Viewer viewer, long itemId) {
        CollectionItem item = em.find(CollectionItem.class, itemId);
        if (item == null || !item.getOwner().getId().equals(viewer.personId())) {
            throw new ResourceNotFoundException(itemId);
        }
        return item;
    }
}
