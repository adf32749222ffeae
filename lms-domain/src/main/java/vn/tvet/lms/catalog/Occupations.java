package vn.tvet.lms.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.tvet.lms.text.TextFolding;

/** The occupation catalogue. */
@ApplicationScoped
public class Occupations {

    /** Sort keys the list may ask for, mapped to JPQL paths so no user text reaches a query. */
    private static final Map<String, String> SORTABLE = Map.of("code", "o.code", "name", "o.name", "level", "o.level");
    private static final String FILTER = " where (:text is null or lower(o.code) like :text or "
            + TextFolding.foldedJpql("o.name") + " like :text)"
            + " and (:level is null or o.level = :level)";

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    void add(Occupation occupation) {
        em.persist(occupation);
    }

    public Optional<Occupation> findByCode(String code) {
        return em.createQuery("select o from Occupation o where o.code = :code", Occupation.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /** Names for the given codes (codes not in the catalogue are left out). */
    public Map<String, String> namesByCode(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select o from Occupation o where o.code in :codes", Occupation.class)
                .setParameter("codes", codes).getResultStream()
                .collect(Collectors.toMap(Occupation::getCode, Occupation::getName));
    }

    /**
     * The codes of the occupations called {@code name} (case and diacritics aside), at {@code level} when given:
     * "Điện công nghiệp" is 6520227 at college level and 5520227 at intermediate level.
     */
    public List<String> codesNamed(String name, TrainingLevel level) {
        return em.createQuery("select o.code from Occupation o where " + TextFolding.foldedJpql("o.name")
                        + " = :name and (:level is null or o.level = :level) order by o.code", String.class)
                .setParameter("name", TextFolding.fold(name.strip())).setParameter("level", level).getResultList();
    }

    /** A page of the catalogue; {@code text} matches code or name (case-insensitive), {@code level} may be null. */
    public List<Occupation> page(String text, TrainingLevel level, int first, int size, String sortKey, boolean ascending) {
        String order = SORTABLE.getOrDefault(sortKey, "o.code") + (ascending ? " asc" : " desc");
        TypedQuery<Occupation> query = em.createQuery("select o from Occupation o" + FILTER + " order by " + order + ", o.id",
                Occupation.class);
        return bind(query, text, level).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(String text, TrainingLevel level) {
        return bind(em.createQuery("select count(o) from Occupation o" + FILTER, Long.class), text, level).getSingleResult();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, String text, TrainingLevel level) {
        return query.setParameter("text", TextFolding.containsPattern(text)).setParameter("level", level);
    }
}
