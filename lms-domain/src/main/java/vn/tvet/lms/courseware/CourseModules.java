package vn.tvet.lms.courseware;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.tvet.lms.account.Person;

/** Modules, their published versions and their learners. A module is looked up within a school unless shared. */
@ApplicationScoped
public class CourseModules {

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    void add(CourseModule module) {
        em.persist(module);
    }

    void add(ModuleVersion version) {
        em.persist(version);
    }

    void add(ModuleLearner learner) {
        em.persist(learner);
    }

    /** Writes pending changes now, so new lessons and activities get their ids. */
    void flush() {
        em.flush();
    }

    public Optional<CourseModule> find(long id) {
        return Optional.ofNullable(em.find(CourseModule.class, id));
    }

    public CourseModule getInSchool(long schoolId, long id) {
        return find(id).filter(m -> m.getSchool().getId() == schoolId).orElseThrow(() -> new ModuleNotFoundException(id));
    }

    /**
     * The module with everything its editor shows, in one query per level of the tree (module with its
     * author, teaching course, upstream and outcomes; the outcomes' competencies; lessons; activities; quiz
     * questions) however large the module is.
     */
    public CourseModule getDraftInSchool(long schoolId, long id) {
        CourseModule module = em.createQuery("select m from CourseModule m join fetch m.author"
                + " left join fetch m.programmeCourse c left join fetch c.programme"
                + " left join fetch m.upstream u left join fetch u.school left join fetch m.outcomes"
                + " where m.id = :id and m.school.id = :school", CourseModule.class)
                .setParameter("id", id).setParameter("school", schoolId).getResultStream().findFirst()
                .orElseThrow(() -> new ModuleNotFoundException(id));
        List<Long> outcomeIds = module.getOutcomes().stream().map(ModuleOutcome::getId).toList();
        if (!outcomeIds.isEmpty()) {
            em.createQuery("select o from ModuleOutcome o left join fetch o.competencyIds where o.id in :ids",
                    ModuleOutcome.class).setParameter("ids", outcomeIds).getResultList();
        }
        em.createQuery("select m from CourseModule m left join fetch m.lessons where m.id = :id", CourseModule.class)
                .setParameter("id", id).getResultList();
        List<Long> lessonIds = module.getLessons().stream().map(ModuleLesson::getId).toList();
        if (!lessonIds.isEmpty()) {
            // a list, not a stream: streamed rows of several lessons come interleaved, and Hibernate fills a fetched
            // collection from a stream only while the rows of its owner are contiguous
            List<Long> activityIds = em.createQuery("select l from ModuleLesson l left join fetch l.activities"
                    + " where l.id in :ids", ModuleLesson.class).setParameter("ids", lessonIds).getResultList().stream()
                    .flatMap(lesson -> lesson.getActivities().stream()).map(ModuleActivity::getId).toList();
            if (!activityIds.isEmpty()) {
                em.createQuery("select a from ModuleActivity a left join fetch a.questions where a.id in :ids",
                        ModuleActivity.class).setParameter("ids", activityIds).getResultList();
            }
        }
        return module;
    }

    /** A module shared with the network, from any school. */
    public CourseModule getShared(long id) {
        return find(id).filter(m -> m.getShareStatus() == ShareStatus.SHARED).orElseThrow(() -> new ModuleNotFoundException(id));
    }

    public List<CourseModule> ofSchool(long schoolId) {
        return em.createQuery("select m from CourseModule m join fetch m.author where m.school.id = :school order by m.code",
                CourseModule.class).setParameter("school", schoolId).getResultList();
    }

    public List<CourseModule> publishedInSchool(long schoolId) {
        return em.createQuery("select m from CourseModule m where m.school.id = :school and m.publishedVersion > 0"
                + " order by m.code", CourseModule.class).setParameter("school", schoolId).getResultList();
    }

    /** Modules shared with the network, with their school, by title. */
    public List<CourseModule> shared() {
        return em.createQuery("select m from CourseModule m join fetch m.school where m.shareStatus = :shared"
                + " order by m.title, m.id", CourseModule.class).setParameter("shared", ShareStatus.SHARED).getResultList();
    }

    public List<CourseModule> awaitingReview() {
        return em.createQuery("select m from CourseModule m join fetch m.school join fetch m.author"
                + " where m.shareStatus = :submitted order by m.id", CourseModule.class)
                .setParameter("submitted", ShareStatus.SUBMITTED).getResultList();
    }

    /** Newest first. */
    public List<ModuleVersion> versions(long moduleId) {
        return em.createQuery("select v from ModuleVersion v join fetch v.publishedBy where v.module.id = :module"
                + " order by v.number desc", ModuleVersion.class).setParameter("module", moduleId).getResultList();
    }

    /** The module's newest published version; empty while it has never been published. */
    public Optional<ModuleVersion> newestVersion(CourseModule module) {
        return version(module.getId(), module.getPublishedVersion());
    }

    public Optional<ModuleVersion> version(long moduleId, int number) {
        return em.createQuery("select v from ModuleVersion v where v.module.id = :module and v.number = :number",
                ModuleVersion.class).setParameter("module", moduleId).setParameter("number", number).getResultStream().findFirst();
    }

    public List<ModuleLearner> learners(long moduleId) {
        return em.createQuery("select l from ModuleLearner l join fetch l.person join fetch l.version"
                + " where l.module.id = :module order by l.person.fullName, l.id", ModuleLearner.class)
                .setParameter("module", moduleId).getResultList();
    }

    public Optional<ModuleLearner> learner(long moduleId, long personId) {
        return em.createQuery("select l from ModuleLearner l join fetch l.version where l.module.id = :module"
                + " and l.person.id = :person", ModuleLearner.class).setParameter("module", moduleId)
                .setParameter("person", personId).getResultStream().findFirst();
    }

    /** The linked copies other schools made of a module. */
    /**
     * The learner's place in the module: theirs if they have started it (their version stays), otherwise a new
     * one at {@code version}. Classes call this when they enrol someone, so the class's version is theirs.
     */
    public ModuleLearner pinLearner(ModuleVersion version, Person person, Instant now) {
        CourseModule module = version.getModule();
        return learner(module.getId(), person.getId()).orElseGet(() -> {
            ModuleLearner learner = new ModuleLearner(module, person, version, now);
            add(learner);
            return learner;
        });
    }

    public List<CourseModule> linkedCopies(long upstreamId) {
        return em.createQuery("select m from CourseModule m join fetch m.school where m.upstream.id = :upstream order by m.id",
                CourseModule.class).setParameter("upstream", upstreamId).getResultList();
    }

    boolean codeTaken(long schoolId, String code) {
        return !em.createQuery("select m.id from CourseModule m where m.school.id = :school and lower(m.code) = lower(:code)",
                Long.class).setParameter("school", schoolId).setParameter("code", code).setMaxResults(1).getResultList().isEmpty();
    }
}
