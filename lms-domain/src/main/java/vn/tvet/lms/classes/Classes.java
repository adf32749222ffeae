package vn.tvet.lms.classes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.text.TextFolding;

/** Classes and enrolments as stored; every lookup by id is scoped to a school. */
@ApplicationScoped
public class Classes {

    /** Sort keys the list may ask for, mapped to JPQL paths so no user text reaches a query. */
    private static final Map<String, String> SORTABLE = Map.of("code", "c.code", "name", "c.name",
            "startsOn", "c.startsOn", "endsOn", "c.endsOn", "module", "c.module.code");
    /** The classes a teacher teaches, or all of the school's when {@code :teacher} is null; name or code filtered. */
    private static final String VISIBLE = " where c.school.id = :school"
            + " and (:teacher is null or exists (select 1 from SchoolClass t join t.teachers p"
            + " where t = c and p.id = :teacher))"
            + " and (:q is null or lower(c.code) like :q or " + TextFolding.foldedJpql("c.name") + " like :q)";
    private static final String FOLDED_NAME = TextFolding.foldedJpql("p.fullName");

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    void add(SchoolClass schoolClass) {
        em.persist(schoolClass);
    }

    void add(ClassEnrolment enrolment) {
        em.persist(enrolment);
    }

    /** The school a class belongs to, for ids that arrive without one (a file's link); callers check access. */
    public Optional<Long> schoolOf(long classId) {
        return em.createQuery("select c.school.id from SchoolClass c where c.id = :id", Long.class)
                .setParameter("id", classId).getResultStream().findFirst();
    }

    public Optional<SchoolClass> findInSchool(long schoolId, long classId) {
        return em.createQuery("select c from SchoolClass c join fetch c.module join fetch c.version"
                        + " left join fetch c.teachers left join fetch c.programmeClass where c.id = :id and c.school.id = :school", SchoolClass.class)
                .setParameter("id", classId).setParameter("school", schoolId).getResultStream().findFirst();
    }

    boolean codeTaken(long schoolId, String code, Long exceptClassId) {
        return !em.createQuery("select c.id from SchoolClass c where c.school.id = :school and lower(c.code) = :code"
                        + " and (:except is null or c.id <> :except)", Long.class)
                .setParameter("school", schoolId).setParameter("code", code.toLowerCase(Locale.ROOT))
                .setParameter("except", exceptClassId).setMaxResults(1).getResultList().isEmpty();
    }

    Optional<SchoolClass> byKey(long schoolId, String key) {
        return em.createQuery("select c from SchoolClass c where c.school.id = :school and c.enrolmentKey = :key",
                        SchoolClass.class)
                .setParameter("school", schoolId).setParameter("key", key).getResultStream().findFirst();
    }

    /** One page of the classes a teacher teaches ({@code teacherId}) or of all the school's (null). */
    public List<SchoolClass> page(long schoolId, Long teacherId, String filter, int first, int size, String sortKey,
            boolean ascending) {
        String order = SORTABLE.getOrDefault(sortKey == null ? "" : sortKey, "c.startsOn") + (ascending ? " asc" : " desc");
        TypedQuery<SchoolClass> query = em.createQuery("select c from SchoolClass c join fetch c.module join fetch c.version"
                + VISIBLE + " order by " + order + ", c.id", SchoolClass.class);
        return bind(query, schoolId, teacherId, filter).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(long schoolId, Long teacherId, String filter) {
        return bind(em.createQuery("select count(c) from SchoolClass c" + VISIBLE, Long.class), schoolId, teacherId, filter)
                .getSingleResult();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, long schoolId, Long teacherId, String filter) {
        return query.setParameter("school", schoolId).setParameter("teacher", teacherId)
                .setParameter("q", filter == null || filter.isBlank() ? null : TextFolding.containsPattern(filter));
    }

    /** Learners in each of the classes now (withdrawn ones not counted). */
    public Map<Long, Long> activeLearnerCounts(Collection<Long> classIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (classIds.isEmpty()) {
            return counts;
        }
        em.createQuery("select e.schoolClass.id, count(e) from ClassEnrolment e where e.schoolClass.id in :ids"
                        + " and e.withdrawnAt is null group by e.schoolClass.id", Object[].class)
                .setParameter("ids", classIds).getResultStream()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** The learner's place in the class while they are in it. */
    public Optional<ClassEnrolment> activeEnrolment(long classId, long personId) {
        return enrolment(classId, personId).filter(ClassEnrolment::isActive);
    }

    Optional<ClassEnrolment> enrolment(long classId, long personId) {
        return em.createQuery("select e from ClassEnrolment e where e.schoolClass.id = :c and e.learner.id = :p",
                        ClassEnrolment.class)
                .setParameter("c", classId).setParameter("p", personId).getResultStream().findFirst();
    }

    /** Everyone ever enrolled in the class, by given name; withdrawn learners last. */
    public List<ClassEnrolment> enrolments(long classId) {
        return em.createQuery("select e from ClassEnrolment e join fetch e.learner p where e.schoolClass.id = :c"
                        + " order by case when e.withdrawnAt is null then 0 else 1 end, p.givenName, p.fullName, p.id",
                        ClassEnrolment.class)
                .setParameter("c", classId).getResultList();
    }

    /** A page of the school's learners not in the class now, whose name or username contains the filter. */
    public List<Person> candidates(long schoolId, long classId, String filter, int first, int size) {
        return em.createQuery("select p from Person p where" + CANDIDATE + " order by p.givenName, p.fullName, p.id",
                        Person.class)
                .setParameter("school", schoolId).setParameter("c", classId)
                .setParameter("q", filter == null || filter.isBlank() ? null : TextFolding.containsPattern(filter))
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countCandidates(long schoolId, long classId, String filter) {
        return em.createQuery("select count(p) from Person p where" + CANDIDATE, Long.class)
                .setParameter("school", schoolId).setParameter("c", classId)
                .setParameter("q", filter == null || filter.isBlank() ? null : TextFolding.containsPattern(filter))
                .getSingleResult();
    }

    private static final String CANDIDATE = " exists (select 1 from RoleAssignment r where r.person = p"
            + " and r.institution.id = :school and r.role = vn.tvet.lms.account.Role.STUDENT)"
            + " and not exists (select 1 from ClassEnrolment e where e.schoolClass.id = :c and e.learner = p"
            + " and e.withdrawnAt is null)"
            + " and (:q is null or " + FOLDED_NAME + " like :q or p.username like :q)";

    /** A learner's classes now, in every school, with their modules: the newest term first. */
    public List<ClassEnrolment> activeEnrolmentsOf(long personId) {
        return em.createQuery("select e from ClassEnrolment e join fetch e.schoolClass c join fetch c.module"
                        + " join fetch c.version join fetch c.school where e.learner.id = :p and e.withdrawnAt is null"
                        + " order by c.startsOn desc, c.id", ClassEnrolment.class)
                .setParameter("p", personId).getResultList();
    }

    /** Quiz attempts in the class that are being answered now (a class does not move versions under them). */
    long openAttempts(long classId) {
        return ((Number) em.createNativeQuery("select count(*) from quiz_attempt where class_id = ?1 and submitted_at is null")
                .setParameter(1, classId).getSingleResult()).longValue();
    }

    /** The enrolment whose statements carry this registration, if it is a class's. */
    public Optional<ClassEnrolment> enrolmentOf(java.util.UUID registration) {
        return em.createQuery("select e from ClassEnrolment e join fetch e.schoolClass c join fetch c.version"
                        + " where e.registration = :r", ClassEnrolment.class)
                .setParameter("r", registration).getResultStream().findFirst();
    }

    /** The school's other classes of the module that have not ended, newest term first. */
    List<SchoolClass> otherClassesOf(long schoolId, long moduleId, long exceptClassId, java.time.LocalDate today) {
        return em.createQuery("select c from SchoolClass c join fetch c.version left join fetch c.teachers"
                        + " where c.school.id = :school and c.module.id = :module and c.id <> :except and c.endsOn >= :today"
                        + " order by c.startsOn desc, c.code", SchoolClass.class)
                .setParameter("school", schoolId).setParameter("module", moduleId).setParameter("except", exceptClassId)
                .setParameter("today", today).getResultList();
    }
}
