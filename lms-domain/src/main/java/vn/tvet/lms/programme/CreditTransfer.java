package vn.tvet.lms.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.programme.ProgrammeRuleException.Reason;

/**
 * Credit transfer (liên thông): a school records that one of its modules or subjects is equivalent to one
 * of another programme (its own or another school's), so a result in either counts for both. Only direct
 * equivalences count: A = B and B = C do not make A = C without a record saying so.
 */
@ApplicationScoped
public class CreditTransfer {

    private static final System.Logger LOG = System.getLogger(CreditTransfer.class.getName());

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    private People people;
    private Clock clock;
    private vn.tvet.lms.account.Rights rights;

    CreditTransfer() {
        // for the CDI proxy
    }

    @Inject
    public CreditTransfer(People people, Clock clock, vn.tvet.lms.account.Rights rights) {
        this.rights = rights;
        this.people = people;
        this.clock = clock;
    }

    /** Records that {@code ownCourseId} (a course of the acting school) and {@code otherCourseId} are equivalent. */
    @Transactional
    public CreditEquivalence record(@NotNull Viewer viewer, long schoolId, long ownCourseId, long otherCourseId,
            @Size(max = 1000) String note) {
        rights.requireAuthor(viewer, schoolId, "record credit equivalences of school " + schoolId);
        ProgrammeCourse own = course(ownCourseId);
        if (own.getProgramme().getSchool().getId() != schoolId) {
            throw new ProgrammeNotFoundException(own.getProgramme().getId());
        }
        ProgrammeCourse other = course(otherCourseId);
        if (own.getProgramme().getId().equals(other.getProgramme().getId())) {
            throw new ProgrammeRuleException(Reason.SAME_COURSE, "same programme");
        }
        if (countsFor(ownCourseId).contains(otherCourseId)) {
            throw new ProgrammeRuleException(Reason.EQUIVALENCE_EXISTS, own.getCode() + " = " + other.getCode());
        }
        CreditEquivalence equivalence = new CreditEquivalence(own, other, note, people.get(viewer.personId()), clock.instant());
        em.persist(equivalence);
        LOG.log(Level.INFO, "Credit equivalence {0} = {1} recorded by school {2}", ownCourseId, otherCourseId, schoolId);
        return equivalence;
    }

    /** Removes an equivalence one of whose courses belongs to the acting school. */
    @Transactional
    public void remove(@NotNull Viewer viewer, long schoolId, long equivalenceId) {
        rights.requireAuthor(viewer, schoolId, "remove credit equivalences of school " + schoolId);
        CreditEquivalence equivalence = em.find(CreditEquivalence.class, equivalenceId);
        if (equivalence == null || (equivalence.getCourse().getProgramme().getSchool().getId() != schoolId
                && equivalence.getEquivalentCourse().getProgramme().getSchool().getId() != schoolId)) {
            throw new ProgrammeRuleException(Reason.NOT_FOUND_IN_PROGRAMME, "equivalence " + equivalenceId);
        }
        em.remove(equivalence);
    }

    /** The equivalences touching any course of a programme, with both sides loaded for display. */
    @Transactional
    public List<CreditEquivalence> ofProgramme(long programmeId) {
        return em.createQuery("select e from CreditEquivalence e join fetch e.course c"
                + " join fetch c.programme cp join fetch cp.school join fetch e.equivalentCourse ec join fetch ec.programme ep"
                + " join fetch ep.school where cp.id = :programme or ep.id = :programme order by e.id", CreditEquivalence.class)
                .setParameter("programme", programmeId).getResultList();
    }

    /** Ids of the courses whose result counts for this one (not including itself). */
    @Transactional
    public Set<Long> countsFor(long courseId) {
        return em.createQuery("select e from CreditEquivalence e where e.course.id = :course or e.equivalentCourse.id = :course",
                CreditEquivalence.class).setParameter("course", courseId).getResultStream()
                .map(e -> e.otherThan(courseId).getId()).collect(Collectors.toSet());
    }

    /** The network's other programmes an equivalence could point into, by school and code. */
    @Transactional
    public List<Programme> otherProgrammes(long programmeId) {
        return em.createQuery("select p from Programme p join fetch p.school s where p.id <> :programme"
                + " order by s.name, p.code", Programme.class).setParameter("programme", programmeId).getResultList();
    }

    /** A programme's modules and subjects in order, from any school (their names are not confidential). */
    @Transactional
    public List<ProgrammeCourse> coursesOf(long programmeId) {
        Programme programme = em.find(Programme.class, programmeId);
        return programme == null ? List.of() : List.copyOf(programme.getCourses());
    }

    private ProgrammeCourse course(long id) {
        ProgrammeCourse course = em.find(ProgrammeCourse.class, id);
        if (course == null) {
            throw new ProgrammeRuleException(Reason.NOT_FOUND_IN_PROGRAMME, "course " + id);
        }
        return course;
    }
}
