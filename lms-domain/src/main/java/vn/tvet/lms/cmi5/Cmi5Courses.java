package vn.tvet.lms.cmi5;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.learning.ClassLearning;
import vn.tvet.lms.learning.PublicAddress;
import vn.tvet.lms.library.DownloadableFile;
import vn.tvet.lms.library.LibraryReading;
import vn.tvet.lms.library.packaging.CourseStructure;
import vn.tvet.lms.storage.ContentStore;
import vn.tvet.lms.xapi.LrsCaller;
import vn.tvet.lms.xapi.LrsStatements;

/**
 * What the launch and the session rules share: a package version's course structure (read once), each AU's progress
 * in a registration, the LMS's own statements, and moveOn: when every AU of a block, or of the course, is satisfied,
 * the LMS says so once per registration (cmi5 9.3.9) and the course's lesson step completes.
 */
@ApplicationScoped
public class Cmi5Courses {

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    private LibraryReading reading;
    private ContentStore store;
    private LrsStatements statements;
    private ClassLearning learning;
    private PublicAddress home;
    private Clock clock;
    /** Package versions never change, so their structures are read once. */
    private final Map<String, CourseStructure> structures = new ConcurrentHashMap<>();

    Cmi5Courses() {
        // for the CDI proxy
    }

    @Inject
    public Cmi5Courses(LibraryReading reading, ContentStore store, LrsStatements statements, ClassLearning learning,
            PublicAddress home, Clock clock) {
        this.reading = reading;
        this.store = store;
        this.statements = statements;
        this.learning = learning;
        this.home = home;
        this.clock = clock;
    }

    /** An AU's progress in a registration, from every session of it. */
    public record AuProgress(boolean launched, boolean completed, boolean passed, boolean failed, boolean waived) {

        static final AuProgress NONE = new AuProgress(false, false, false, false, false);

        /** The AU's moveOn is met (cmi5 13.1.4); a waived AU meets any. */
        public boolean satisfies(String moveOn) {
            return waived || switch (moveOn) {
                case "Passed" -> passed;
                case "Completed" -> completed;
                case "CompletedAndPassed" -> completed && passed;
                case "CompletedOrPassed" -> completed || passed;
                default -> true;
            };
        }

        AuProgress with(Cmi5Session session) {
            List<String> verbs = session.verbs();
            return new AuProgress(launched || session.getEnded() != Cmi5Session.Ended.WAIVED,
                    completed || verbs.contains("completed"), passed || verbs.contains("passed"),
                    failed || verbs.contains("failed"), waived || session.getEnded() == Cmi5Session.Ended.WAIVED);
        }
    }

    /** The course structure of a version the viewer may see. */
    public CourseStructure structure(Viewer viewer, long resourceId, int versionNumber) {
        String key = resourceId + "/" + versionNumber;
        CourseStructure known = structures.get(key);
        if (known != null) {
            return known;
        }
        DownloadableFile file = reading.packageFile(viewer, resourceId, versionNumber, CourseStructure.FILE);
        try (InputStream in = store.open(file.blob().key())) {
            // checked at upload: files are there; here only the structure matters
            CourseStructure read = CourseStructure.read(in, path -> true);
            structures.put(key, read);
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each AU's progress (by publisher id) in the registration's sessions of the course. */
    public Map<String, AuProgress> progress(UUID registration, long resourceId) {
        Map<String, AuProgress> progress = new HashMap<>();
        em.createQuery("select s from Cmi5Session s where s.registration = :r and s.resourceId = :c order by s.id",
                        Cmi5Session.class)
                .setParameter("r", registration).setParameter("c", resourceId).getResultList()
                .forEach(session -> progress.merge(session.getAuId(), AuProgress.NONE.with(session),
                        (before, added) -> before.with(session)));
        return progress;
    }

    /** The learner as an xAPI Agent: their account on this application, no personal data. */
    JsonObject actor(String username) {
        return Json.createObjectBuilder().add("objectType", "Agent").add("account",
                Json.createObjectBuilder().add("homePage", home.url()).add("name", username)).build();
    }

    /** Stores a statement the LMS makes, in the school's record (validated like any other). */
    void record(long schoolId, JsonObject statement) {
        statements.post(lms(schoolId), statement);
    }

    /** The LMS's own credentials in the school: it writes launch data and its statements. */
    static LrsCaller lms(long schoolId) {
        return new LrsCaller(0, schoolId, "TVET LMS", "lms", true, true);
    }

    String home() {
        return home.url();
    }

    /**
     * Says "satisfied" about each block, then the course, whose AUs all meet their moveOn now and were not said
     * satisfied in the registration before; the course's step completes with it.
     */
    void settle(Cmi5Session about, Viewer learner, String username, UUID sessionId) {
        CourseStructure structure = structure(learner, about.getResourceId(), about.getVersionNumber());
        Map<String, AuProgress> progress = progress(about.getRegistration(), about.getResourceId());
        Cmi5Statements.Subject subject = new Cmi5Statements.Subject(actor(username), about.getRegistration(), sessionId);
        settleBlocks(structure.children(), structure, progress, about, subject);
        boolean all = structure.aus().stream().allMatch(au -> satisfied(au, progress));
        String courseId = Cmi5Ids.course(home.url(), about.getResourceId());
        if (all && firstTime(about.getRegistration(), courseId)) {
            record(about.getSchoolId(), Cmi5Statements.satisfied(subject, new Cmi5Statements.Target(courseId,
                    Cmi5Statements.COURSE_TYPE, structure.title(), structure.id()), clock.instant()));
            learning.packageCompleted(learner, about.getSchoolId(), about.getClassId(), about.getStepIndex());
        }
    }

    /** Inner blocks first, as a block is satisfied before the one holding it. */
    private void settleBlocks(List<CourseStructure.Node> nodes, CourseStructure structure, Map<String, AuProgress> progress,
            Cmi5Session about, Cmi5Statements.Subject subject) {
        for (CourseStructure.Node node : nodes) {
            if (node instanceof CourseStructure.Block block) {
                settleBlocks(block.children(), structure, progress, about, subject);
                String blockId = Cmi5Ids.block(home.url(), about.getResourceId(), block.id());
                if (CourseStructure.aus(block).stream().allMatch(au -> satisfied(au, progress))
                        && firstTime(about.getRegistration(), blockId)) {
                    record(about.getSchoolId(), Cmi5Statements.satisfied(subject, new Cmi5Statements.Target(blockId,
                            Cmi5Statements.BLOCK_TYPE, block.title(), block.id()), clock.instant()));
                }
            }
        }
    }

    private static boolean satisfied(CourseStructure.Au au, Map<String, AuProgress> progress) {
        return progress.getOrDefault(au.id(), AuProgress.NONE).satisfies(au.moveOn());
    }

    private boolean firstTime(UUID registration, String objectId) {
        return em.createNativeQuery("insert into cmi5_satisfied (registration, object_id) values (?1, ?2)"
                        + " on conflict do nothing")
                .setParameter(1, registration).setParameter(2, objectId).executeUpdate() == 1;
    }
}
