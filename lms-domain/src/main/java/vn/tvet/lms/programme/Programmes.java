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

    public Optional<Programme> findInSchool(long schoolId, long id) {
        return Optional.ofNullable(em.find(Programme.class, id)).filter(p -> p.getSchool().getId() == schoolId);
    }

    public Programme getInSchool(long schoolId, long id) {
        return findInSchool(schoolId, id).orElseThrow(() -> new ProgrammeNotFoundException(id));
    }

    public List<Programme> ofSchool(long schoolId) {
        return em.createQuery("select p from Programme p join fetch p.occupation where p.school.id = :school order by p.code",
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

    boolean codeTaken(long schoolId, String code) {
        return !em.createQuery("select p.id from Programme p where p.school.id = :school and lower(p.code) = lower(:code)",
                Long.class).setParameter("school", schoolId).setParameter("code", code).setMaxResults(1).getResultList().isEmpty();
    }
}
