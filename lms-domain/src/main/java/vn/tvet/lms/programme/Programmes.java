package vn.tvet.lms.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Programmes, always looked up within a school: another school's id is simply not found. */
@ApplicationScoped
public class Programmes {

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    void add(Programme programme) {
        em.persist(programme);
    }

    /** Any school's programme: only for the search index, which applies visibility itself. */
    public Optional<Programme> find(long id) {
        return Optional.ofNullable(em.find(Programme.class, id));
    }

    public Optional<Programme> findInSchool(long schoolId, long id) {
        return Optional.ofNullable(em.find(Programme.class, id)).filter(p -> p.getSchool().getId() == schoolId);
    }

    public Programme getInSchool(long schoolId, long id) {
        return findInSchool(schoolId, id).orElseThrow(() -> new ProgrammeNotFoundException(id));
    }

    /** The school's programmes with their courses loaded in the same query, so lists can show totals. */
    public List<Programme> ofSchool(long schoolId) {
        return em.createQuery("select p from Programme p join fetch p.occupation left join fetch p.courses"
                + " where p.school.id = :school order by p.code",
                Programme.class).setParameter("school", schoolId).getResultList();
    }

    /** Across the network: how many programmes there are, and how many have a module mapped to some framework. */
    public MappingIndicator mappingIndicator() {
        long all = em.createQuery("select count(p) from Programme p", Long.class).getSingleResult();
        long mapped = ((Number) em.createNativeQuery("select count(distinct c.programme_id) from programme_course c"
                + " join programme_course_competency m on m.course_id = c.id").getSingleResult()).longValue();
        return new MappingIndicator(all, mapped);
    }

    /** The network indicator the policy documents track: programmes whose outcomes are mapped to a standard. */
    public record MappingIndicator(long programmes, long mapped) {

        public int percent() {
            return programmes == 0 ? 0 : (int) Math.round(100.0 * mapped / programmes);
        }
    }

    /**
     * The same indicator by occupation, as the policy target is worded ("occupations with output standards"):
     * each occupation that has programmes in the network, how many, and how many are mapped. Occupations
     * are counted as mapped when at least one of their programmes is.
     */
    @SuppressWarnings("unchecked")
    public List<OccupationIndicator> mappingByOccupation() {
        List<Object[]> rows = em.createNativeQuery("select o.code, o.name, count(distinct p.id),"
                + " count(distinct case when m.course_id is not null then p.id end)"
                + " from programme p join occupation o on o.id = p.occupation_id"
                + " left join programme_course c on c.programme_id = p.id"
                + " left join programme_course_competency m on m.course_id = c.id"
                + " group by o.code, o.name order by o.code").getResultList();
        return rows.stream().map(r -> new OccupationIndicator((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue())).toList();
    }

    /** One occupation's programmes in the network and how many of them are mapped to a framework. */
    public record OccupationIndicator(String code, String name, long programmes, long mapped) {

        public boolean isMapped() {
            return mapped > 0;
        }
    }

    boolean codeTaken(long schoolId, String code) {
        return !em.createQuery("select p.id from Programme p where p.school.id = :school and lower(p.code) = lower(:code)",
                Long.class).setParameter("school", schoolId).setParameter("code", code).setMaxResults(1).getResultList().isEmpty();
    }
}
