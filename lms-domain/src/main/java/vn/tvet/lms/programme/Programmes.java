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

    /**
     * The programme with everything its pages show, in one query per collection (programme with occupation,
     * school and outcomes; courses; their outcome codes; their competencies) however many courses it has.
     * {@code schoolId} null reads any school's programme.
     */
    public Optional<Programme> findWhole(Long schoolId, long id) {
        var query = em.createQuery("select p from Programme p join fetch p.occupation join fetch p.school s"
                + " left join fetch p.outcomes where p.id = :id" + (schoolId == null ? "" : " and s.id = :school"),
                Programme.class).setParameter("id", id);
        if (schoolId != null) {
            query.setParameter("school", schoolId);
        }
        Optional<Programme> found = query.getResultStream().findFirst();
        found.ifPresent(programme -> {
            em.createQuery("select p from Programme p left join fetch p.courses where p.id = :id", Programme.class)
                    .setParameter("id", id).getResultList();
            List<Long> courseIds = programme.getCourses().stream().map(ProgrammeCourse::getId).toList();
            if (!courseIds.isEmpty()) {
                em.createQuery("select c from ProgrammeCourse c left join fetch c.outcomeCodes where c.id in :ids",
                        ProgrammeCourse.class).setParameter("ids", courseIds).getResultList();
                em.createQuery("select c from ProgrammeCourse c left join fetch c.competencyIds where c.id in :ids",
                        ProgrammeCourse.class).setParameter("ids", courseIds).getResultList();
            }
        });
        return found;
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

    /** A module or subject of a programme of this school. */
    public Optional<ProgrammeCourse> courseInSchool(long schoolId, long courseId) {
        return Optional.ofNullable(em.find(ProgrammeCourse.class, courseId))
                .filter(course -> course.getProgramme().getSchool().getId() == schoolId);
    }

    /** Every module and subject of the school's programmes, by programme code and order. */
    public List<ProgrammeCourse> coursesOfSchool(long schoolId) {
        return em.createQuery("select c from ProgrammeCourse c join fetch c.programme p where p.school.id = :school"
                + " order by p.code, c.code", ProgrammeCourse.class).setParameter("school", schoolId).getResultList();
    }

    /**
     * Programmes with a mapping to some framework: one of their modules or subjects mapped directly, or the
     * outcomes of an authored module that is the content of one of them.
     */
    private static final String MAPPED_PROGRAMMES = "select c.programme_id from programme_course c"
            + " join programme_course_competency m on m.course_id = c.id"
            + " union select pc.programme_id from course_module cm join programme_course pc on pc.id = cm.programme_course_id"
            + " join module_outcome o on o.module_id = cm.id join module_outcome_competency oc on oc.outcome_id = o.id";

    /** Across the network: how many programmes there are, and how many are mapped to some framework. */
    public MappingIndicator mappingIndicator() {
        long all = em.createQuery("select count(p) from Programme p", Long.class).getSingleResult();
        long mapped = ((Number) em.createNativeQuery("select count(*) from (" + MAPPED_PROGRAMMES + ") mapped")
                .getSingleResult()).longValue();
        return new MappingIndicator(all, mapped);
    }

    /**
     * For each module or subject of a programme, the competencies the outcomes of its authored modules are
     * mapped to (their current drafts: coverage is a planning view).
     */
    @SuppressWarnings("unchecked")
    public java.util.Map<Long, java.util.Set<Long>> competenciesFromModules(long programmeId) {
        java.util.Map<Long, java.util.Set<Long>> byCourse = new java.util.HashMap<>();
        List<Object[]> rows = em.createNativeQuery("select cm.programme_course_id, oc.competency_item_id from course_module cm"
                + " join programme_course pc on pc.id = cm.programme_course_id join module_outcome o on o.module_id = cm.id"
                + " join module_outcome_competency oc on oc.outcome_id = o.id where pc.programme_id = ?1")
                .setParameter(1, programmeId).getResultList();
        rows.forEach(row -> byCourse.computeIfAbsent(((Number) row[0]).longValue(), k -> new java.util.HashSet<>())
                .add(((Number) row[1]).longValue()));
        return byCourse;
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
        List<Object[]> rows = em.createNativeQuery("select o.code, o.name, count(p.id), count(mapped.programme_id)"
                + " from programme p join occupation o on o.id = p.occupation_id"
                + " left join (" + MAPPED_PROGRAMMES + ") mapped on mapped.programme_id = p.id"
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
