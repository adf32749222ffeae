package vn.tvet.lms.institution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Repository of institutions. */
@ApplicationScoped
public class Institutions {

    /** Sort keys a list screen may ask for, mapped to JPQL paths so no user text reaches a query. */
    private static final Map<String, String> SORTABLE = Map.of(
            "code", "i.code", "name", "i.name", "province", "i.province", "type", "i.type");

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    public Optional<Institution> find(long id) {
        return Optional.ofNullable(em.find(Institution.class, id));
    }

    public Institution get(long id) {
        return find(id).orElseThrow(() -> new InstitutionNotFoundException(id));
    }

    public Optional<Institution> findByCode(String code) {
        return em.createQuery("select i from Institution i where i.code = :code", Institution.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    public List<Institution> all() {
        return em.createQuery("select i from Institution i order by i.name", Institution.class).getResultList();
    }

    public List<Institution> page(int first, int size, String sortKey, boolean ascending) {
        String path = SORTABLE.getOrDefault(sortKey, "i.name");
        return em.createQuery("select i from Institution i order by " + path + (ascending ? " asc" : " desc")
                        + ", i.id", Institution.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(i) from Institution i", Long.class).getSingleResult();
    }

    public void add(Institution institution) {
        em.persist(institution);
    }
}
