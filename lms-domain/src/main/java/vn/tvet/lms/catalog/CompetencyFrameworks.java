package vn.tvet.lms.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stored framework versions. */
@ApplicationScoped
public class CompetencyFrameworks {

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    void add(CompetencyFramework framework) {
        em.persist(framework);
    }

    public Optional<CompetencyFramework> find(long id) {
        return Optional.ofNullable(em.find(CompetencyFramework.class, id));
    }

    public CompetencyFramework get(long id) {
        return find(id).orElseThrow(() -> new FrameworkNotFoundException(id));
    }

    public boolean exists(String identifier, String version) {
        return !em.createQuery("select f.id from CompetencyFramework f where f.identifier = :identifier"
                        + " and f.version = :version", Long.class)
                .setParameter("identifier", identifier).setParameter("version", version).setMaxResults(1).getResultList().isEmpty();
    }

    /** Every version, newest import first. */
    public List<CompetencyFramework> all() {
        return em.createQuery("select f from CompetencyFramework f order by f.code, f.importedAt desc", CompetencyFramework.class)
                .getResultList();
    }

    /** The newest imported version of the framework with this CASE identifier. */
    public Optional<CompetencyFramework> latest(String identifier) {
        return em.createQuery("select f from CompetencyFramework f where f.identifier = :identifier"
                        + " order by f.importedAt desc, f.id desc", CompetencyFramework.class)
                .setParameter("identifier", identifier).setMaxResults(1).getResultStream().findFirst();
    }

    /** The CASE identifier of the newest framework holding an item with this identifier. */
    public Optional<String> frameworkOfItem(String itemIdentifier) {
        return em.createQuery("select f.identifier from CompetencyItem i join i.framework f where i.identifier = :item"
                        + " order by f.importedAt desc, f.id desc", String.class)
                .setParameter("item", itemIdentifier).setMaxResults(1).getResultStream().findFirst();
    }

    /** Every item identifier with its framework's CASE identifier, newest frameworks first. */
    public List<Object[]> itemIdentifiers() {
        return em.createQuery("select i.identifier, f.identifier from CompetencyItem i join i.framework f"
                + " order by f.importedAt desc, f.id desc", Object[].class).getResultList();
    }

    /** The identifier already used by a framework with this code, so a new edition joins its versions. */
    public Optional<String> identifierOfCode(String code) {
        return em.createQuery("select f.identifier from CompetencyFramework f where f.code = :code order by f.id", String.class)
                .setParameter("code", code).setMaxResults(1).getResultStream().findFirst();
    }

    /** How many items each stored version has, in one query (framework id to count). */
    public java.util.Map<Long, Long> itemCounts() {
        return em.createQuery("select i.framework.id, count(i) from CompetencyItem i group by i.framework.id", Object[].class)
                .getResultStream().collect(java.util.stream.Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /** The items with these ids (with their framework), by framework and in import order; unknown ids are left out. */
    public List<CompetencyItem> items(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i from CompetencyItem i join fetch i.framework where i.id in :ids"
                + " order by i.framework.code, i.framework.id, i.id", CompetencyItem.class)
                .setParameter("ids", ids).getResultList();
    }

    /**
     * A mapping edited one framework version at a time: {@code chosen} replaces what {@code mapped} held of
     * that framework, and items of other frameworks stay.
     *
     * @throws IllegalArgumentException when a chosen id is not an item of the framework
     */
    public Set<Long> remapWithin(long frameworkId, Set<Long> mapped, Set<Long> chosen) {
        Set<Long> inFramework = new HashSet<>();
        get(frameworkId).getItems().forEach(item -> inFramework.add(item.getId()));
        if (!inFramework.containsAll(chosen)) {
            throw new IllegalArgumentException("Competencies " + chosen + " are not all in framework " + frameworkId);
        }
        Set<Long> kept = new HashSet<>(mapped);
        kept.removeAll(inFramework);
        kept.addAll(chosen);
        return kept;
    }
}
