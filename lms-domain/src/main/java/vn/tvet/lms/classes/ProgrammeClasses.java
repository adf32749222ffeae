package vn.tvet.lms.classes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.courseware.CourseModule;
import vn.tvet.lms.text.TextFolding;

/** Programme classes, their learners and module classes as stored; every lookup by id is scoped to a school. */
@ApplicationScoped
public class ProgrammeClasses {

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    void add(ProgrammeClass programmeClass) {
        em.persist(programmeClass);
    }

    void add(ProgrammeClassLearner learner) {
        em.persist(learner);
    }

    Optional<ProgrammeClass> findInSchool(long schoolId, long id) {
        return em.createQuery("select c from ProgrammeClass c join fetch c.programme where c.id = :id"
                        + " and c.school.id = :school", ProgrammeClass.class)
                .setParameter("id", id).setParameter("school", schoolId).getResultStream().findFirst();
    }

    /** The school's programme classes (or those {@code openedBy} opened), the newest term first. */
    List<ProgrammeClass> ofSchool(long schoolId, Long openedBy, int limit) {
        return em.createQuery("select c from ProgrammeClass c join fetch c.programme where c.school.id = :school"
                        + " and (:by is null or c.createdBy.id = :by) order by c.startsOn desc, c.code", ProgrammeClass.class)
                .setParameter("school", schoolId).setParameter("by", openedBy).setMaxResults(limit).getResultList();
    }

    Optional<ProgrammeClass> byKey(long schoolId, String key) {
        return em.createQuery("select c from ProgrammeClass c where c.school.id = :school and c.enrolmentKey = :key",
                        ProgrammeClass.class)
                .setParameter("school", schoolId).setParameter("key", key).getResultStream().findFirst();
    }

    boolean codeTaken(long schoolId, String code) {
        return !em.createQuery("select c.id from ProgrammeClass c where c.school.id = :school and lower(c.code) = :code",
                        Long.class)
                .setParameter("school", schoolId).setParameter("code", code.toLowerCase(Locale.ROOT)).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** The module classes the programme class opened, in the programme's order of modules. */
    List<SchoolClass> moduleClasses(long programmeClassId) {
        return em.createQuery("select c from SchoolClass c join fetch c.module m join fetch c.version"
                        + " where c.programmeClass.id = :pc order by m.code, c.id", SchoolClass.class)
                .setParameter("pc", programmeClassId).getResultList();
    }

    /** The school's modules that teach a module or subject of the programme. */
    List<CourseModule> modulesOf(long schoolId, long programmeId) {
        return em.createQuery("select m from CourseModule m join fetch m.programmeCourse pc where m.school.id = :school"
                        + " and pc.programme.id = :programme order by m.code, m.id", CourseModule.class)
                .setParameter("school", schoolId).setParameter("programme", programmeId).getResultList();
    }

    List<ProgrammeClassLearner> learners(long programmeClassId) {
        return em.createQuery("select l from ProgrammeClassLearner l join fetch l.learner p where l.programmeClass.id = :pc"
                        + " order by case when l.withdrawnAt is null then 0 else 1 end, p.givenName, p.fullName, p.id",
                        ProgrammeClassLearner.class)
                .setParameter("pc", programmeClassId).getResultList();
    }

    Optional<ProgrammeClassLearner> learner(long programmeClassId, long personId) {
        return em.createQuery("select l from ProgrammeClassLearner l where l.programmeClass.id = :pc"
                        + " and l.learner.id = :p", ProgrammeClassLearner.class)
                .setParameter("pc", programmeClassId).setParameter("p", personId).getResultStream().findFirst();
    }

    /** A page of the school's learners not in the programme class now, by name or username. */
    List<Person> candidates(long schoolId, long programmeClassId, String filter, int first, int size) {
        return em.createQuery("select p from Person p where" + CANDIDATE + " order by p.givenName, p.fullName, p.id",
                        Person.class)
                .setParameter("school", schoolId).setParameter("pc", programmeClassId)
                .setParameter("q", filter == null || filter.isBlank() ? null : TextFolding.containsPattern(filter))
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    long countCandidates(long schoolId, long programmeClassId, String filter) {
        return em.createQuery("select count(p) from Person p where" + CANDIDATE, Long.class)
                .setParameter("school", schoolId).setParameter("pc", programmeClassId)
                .setParameter("q", filter == null || filter.isBlank() ? null : TextFolding.containsPattern(filter))
                .getSingleResult();
    }

    private static final String CANDIDATE = " exists (select 1 from RoleAssignment r where r.person = p"
            + " and r.institution.id = :school and r.role = vn.tvet.lms.account.Role.STUDENT)"
            + " and not exists (select 1 from ProgrammeClassLearner l where l.programmeClass.id = :pc and l.learner = p"
            + " and l.withdrawnAt is null)"
            + " and (:q is null or " + TextFolding.foldedJpql("p.fullName") + " like :q or p.username like :q)";
}
