package vn.tvet.lms.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.text.TextFolding;

/**
 * Repository of learning resources. The visibility rule of {@link LearningResource#isVisibleTo} is repeated
 * here as a query condition, so lists and counts never include what the viewer may not see; the in-container
 * tests hold the two to the same answers.
 */
@ApplicationScoped
public class LearningResources {

    /** Sort keys the library list may ask for, mapped to JPQL paths so no user text reaches a query. */
    private static final Map<String, String> SORTABLE = Map.of(
            "title", "r.title", "updatedAt", "r.updatedAt", "type", "r.type", "owner", "r.owner.name");

    /** Published and within the viewer's audience. */
    private static final String PUBLISHED_FOR_VIEWER = "r.status = vn.tvet.lms.library.ResourceStatus.PUBLISHED and ("
            + " r.scope = vn.tvet.lms.library.SharingScope.PUBLIC"
            + " or (r.scope = vn.tvet.lms.library.SharingScope.NETWORK and :signedIn = true)"
            + " or (r.scope = vn.tvet.lms.library.SharingScope.SCHOOL and r.owner.id in :schools))";

    /** Waiting for this viewer's review: a new resource, or a change to a published one. */
    private static final String AWAITING_VIEWER = "(r.status = vn.tvet.lms.library.ResourceStatus.SUBMITTED"
            + " or r.revisionStatus = vn.tvet.lms.library.RevisionStatus.SUBMITTED) and ("
            + " (r.scope in (vn.tvet.lms.library.SharingScope.NETWORK, vn.tvet.lms.library.SharingScope.PUBLIC)"
            + " and :libraryAdmin = true)"
            + " or (r.scope = vn.tvet.lms.library.SharingScope.SCHOOL and r.owner.id in :adminSchools))";

    private static final String FILTERS = " and (:type is null or r.type = :type)"
            + " and (:level is null or r.level = :level)"
            + " and (:licence is null or r.licence = :licence)"
            + " and (:ownerId is null or r.owner.id = :ownerId)"
            + " and (:language is null or r.language = :language)"
            + " and (:occupation is null or :occupation member of r.occupationCodes)"
            + " and (:title is null or " + TextFolding.foldedJpql("r.title") + " like :title)";

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    public void add(LearningResource resource) {
        em.persist(resource);
    }

    public Optional<LearningResource> find(long id) {
        return Optional.ofNullable(em.find(LearningResource.class, id));
    }

    /** The resource if the viewer may see it; otherwise {@link ResourceNotFoundException}, as if it did not exist. */
    public LearningResource getVisible(Viewer viewer, long id) {
        return find(id).filter(resource -> resource.isVisibleTo(viewer))
                .orElseThrow(() -> new ResourceNotFoundException(id));
    }

    /** One page of the published resources the viewer may see. */
    public List<LearningResource> published(Viewer viewer, LibraryQuery query, int first, int size, String sortKey,
            boolean ascending) {
        return page(PUBLISHED_FOR_VIEWER, viewer, query, first, size, sortKey, ascending);
    }

    public long countPublished(Viewer viewer, LibraryQuery query) {
        return count(PUBLISHED_FOR_VIEWER, viewer, query);
    }

    /** The viewer's own resources in every status ("My items"). */
    public List<LearningResource> authoredBy(Viewer viewer, LibraryQuery query, int first, int size, String sortKey,
            boolean ascending) {
        return page("r.author.id = :me", viewer, query, first, size, sortKey, ascending);
    }

    public long countAuthoredBy(Viewer viewer, LibraryQuery query) {
        return count("r.author.id = :me", viewer, query);
    }

    /** What waits for this viewer's review, oldest first. */
    public List<LearningResource> reviewQueue(Viewer viewer, int first, int size) {
        return page(AWAITING_VIEWER, viewer, LibraryQuery.ALL, first, size, "updatedAt", true);
    }

    public long countReviewQueue(Viewer viewer) {
        return count(AWAITING_VIEWER, viewer, LibraryQuery.ALL);
    }

    /** Whether any version of any resource still refers to the bytes, for the orphan sweep. */
    public boolean blobInUse(String sha256) {
        return !em.createQuery("select v.id from ResourceVersion v where v.sha256 = :sha", Long.class)
                .setParameter("sha", sha256).setMaxResults(1).getResultList().isEmpty()
                || !em.createQuery("select e.id from PackageEntry e where e.sha256 = :sha", Long.class)
                .setParameter("sha", sha256).setMaxResults(1).getResultList().isEmpty();
    }

    /** One file of a package version, by its path inside the package. */
    public Optional<PackageEntry> packageEntry(long versionId, String path) {
        return em.createQuery("select e from PackageEntry e where e.version.id = :v and e.path = :p", PackageEntry.class)
                .setParameter("v", versionId).setParameter("p", path).getResultStream().findFirst();
    }

    private List<LearningResource> page(String condition, Viewer viewer, LibraryQuery query, int first, int size,
            String sortKey, boolean ascending) {
        String order = SORTABLE.getOrDefault(sortKey, "r.updatedAt") + (ascending ? " asc" : " desc");
        TypedQuery<LearningResource> select = em.createQuery("select r from LearningResource r join fetch r.owner"
                + " where (" + condition + ")" + FILTERS + " order by " + order + ", r.id", LearningResource.class);
        return bind(select, condition, viewer, query).setFirstResult(first).setMaxResults(size).getResultList();
    }

    private long count(String condition, Viewer viewer, LibraryQuery query) {
        TypedQuery<Long> count = em.createQuery("select count(r) from LearningResource r where (" + condition + ")"
                + FILTERS, Long.class);
        return bind(count, condition, viewer, query).getSingleResult();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, String condition, Viewer viewer, LibraryQuery filter) {
        if (condition.contains(":signedIn")) {
            query.setParameter("signedIn", viewer.signedIn());
            query.setParameter("schools", nonEmpty(viewer.schools()));
        }
        if (condition.contains(":libraryAdmin")) {
            query.setParameter("libraryAdmin", viewer.libraryAdmin());
            query.setParameter("adminSchools", nonEmpty(viewer.administeredSchools()));
        }
        if (condition.contains(":me")) {
            query.setParameter("me", viewer.personId() == null ? -1L : viewer.personId());
        }
        return query.setParameter("type", filter.type())
                .setParameter("level", filter.level())
                .setParameter("licence", filter.licence())
                .setParameter("ownerId", filter.ownerId())
                .setParameter("language", blankToNull(filter.language()))
                .setParameter("occupation", blankToNull(filter.occupationCode()))
                .setParameter("title", TextFolding.containsPattern(filter.titleContains()));
    }

    /** SQL's {@code in ()} with no values is an error; -1 matches no institution. */
    private static Set<Long> nonEmpty(Set<Long> ids) {
        return ids.isEmpty() ? Set.of(-1L) : new HashSet<>(ids);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
