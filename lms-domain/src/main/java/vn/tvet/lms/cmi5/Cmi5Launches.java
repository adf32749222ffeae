package vn.tvet.lms.cmi5;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.classes.ClassEnrolment;
import vn.tvet.lms.classes.ClassNotFoundException;
import vn.tvet.lms.classes.ClassRuleException;
import vn.tvet.lms.classes.ClassTeaching;
import vn.tvet.lms.classes.SchoolClass;
import vn.tvet.lms.courseware.ActivityKind;
import vn.tvet.lms.learning.ClassLearning;
import vn.tvet.lms.learning.LaunchSecrets;
import vn.tvet.lms.learning.LessonStep;
import vn.tvet.lms.library.DownloadableFile;
import vn.tvet.lms.library.LearningResource;
import vn.tvet.lms.library.LibraryReading;
import vn.tvet.lms.library.ResourceType;
import vn.tvet.lms.library.ResourceVersion;
import vn.tvet.lms.library.packaging.CourseStructure;
import vn.tvet.lms.xapi.DocumentPlace;
import vn.tvet.lms.xapi.LrsDocuments;
import vn.tvet.lms.xapi.LrsLaunches;

/**
 * The LMS's side of launching cmi5 AUs from a lesson step (cmi5 sections 8 and 10): a session per launch, the
 * registration's earlier open session abandoned, LMS.LaunchData and the learner's preferences written, "launched"
 * recorded, and a launch URL whose fetch URL hands out the session's LRS credentials once. Teachers may waive an AU.
 */
@ApplicationScoped
public class Cmi5Launches {

    static final Duration SESSION_LIFETIME = Duration.ofHours(8);
    public static final String LAUNCH_DATA = "LMS.LaunchData";
    public static final String PREFERENCES = "cmi5LearnerPreferences";

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    private ClassLearning learning;
    private ClassTeaching teaching;
    private LibraryReading reading;
    private Cmi5Courses courses;
    private LrsDocuments documents;
    private LrsLaunches launches;
    private People people;
    private Clock clock;

    Cmi5Launches() {
        // for the CDI proxy
    }

    @Inject
    public Cmi5Launches(ClassLearning learning, ClassTeaching teaching, LibraryReading reading, Cmi5Courses courses,
            LrsDocuments documents, LrsLaunches launches, People people, Clock clock) {
        this.learning = learning;
        this.teaching = teaching;
        this.reading = reading;
        this.courses = courses;
        this.documents = documents;
        this.launches = launches;
        this.people = people;
        this.clock = clock;
    }

    /** A course in a step: its structure, the version played, and each AU's progress by publisher id. */
    public record Course(long resourceId, int versionNumber, CourseStructure structure,
            Map<String, Cmi5Courses.AuProgress> progress) {

        public Cmi5Courses.AuProgress of(CourseStructure.Au au) {
            return progress.getOrDefault(au.id(), Cmi5Courses.AuProgress.NONE);
        }
    }

    /** A launch: where the AU opens, and whether it wants a window of its own (cmi5 8.1). */
    public record Launched(String url, boolean ownWindow, UUID sessionId) {
    }

    /** The answer of a fetch URL (cmi5 8.2): the auth token, or an error code and text. */
    public record Fetched(String authToken, String errorCode, String errorText) {
    }

    /** The learner's course in the step (404 for a class they do not study; refused for a locked or other step). */
    @Transactional
    public Course course(Viewer actor, long schoolId, long classId, int stepIndex) {
        ClassLearning.Studying studying = learning.studying(actor, schoolId, classId);
        LessonStep step = studying.step(stepIndex);
        ResourceVersion version = versionOf(actor, step, stepIndex);
        long resourceId = version.getResource().getId();
        return new Course(resourceId, version.getNumber(), courses.structure(actor, resourceId, version.getNumber()),
                courses.progress(Cmi5Ids.registration(studying.registration(), step.activityId()), resourceId));
    }

    /**
     * Launches the step's AU (by its place in the structure) in a launch mode: Normal, Browse (look around, nothing
     * judged) or Review (an AU already satisfied). {@code contentBase} is where package files are served (the content
     * origin), {@code returnUrl} where the AU sends the learner when it ends.
     */
    @Transactional
    public Launched launch(Viewer actor, long schoolId, long classId, int stepIndex, int auIndex, String mode,
            String contentBase, String returnUrl) {
        ClassLearning.Studying studying = learning.studying(actor, schoolId, classId);
        LessonStep step = studying.step(stepIndex);
        if (step.locked()) {
            throw new ClassRuleException(ClassRuleException.Reason.COMPLETES_OTHERWISE, "step " + stepIndex + " is locked");
        }
        ResourceVersion version = versionOf(actor, step, stepIndex);
        long resourceId = version.getResource().getId();
        CourseStructure structure = courses.structure(actor, resourceId, version.getNumber());
        List<CourseStructure.Au> aus = structure.aus();
        if (auIndex < 0 || auIndex >= aus.size()) {
            throw new ClassNotFoundException(classId);
        }
        CourseStructure.Au au = aus.get(auIndex);
        UUID registration = Cmi5Ids.registration(studying.registration(), step.activityId());
        // one launch at a time per enrolment: the abandoned/first-launch decisions below see every earlier session
        em.find(ClassEnrolment.class, studying.enrolment().getId(), LockModeType.PESSIMISTIC_WRITE);
        Map<String, Cmi5Courses.AuProgress> progress = courses.progress(registration, resourceId);
        String launchMode = switch (mode == null ? "Normal" : mode) {
            case "Browse" -> "Browse";
            case "Review" -> progress.getOrDefault(au.id(), Cmi5Courses.AuProgress.NONE).satisfies(au.moveOn())
                    ? "Review" : "Normal";
            default -> "Normal";
        };
        Person learner = people.get(actor.personId());
        JsonObject agent = courses.actor(learner.getUsername());
        abandonOpen(registration, resourceId, learner);
        String contentToken = LaunchSecrets.newToken();
        String fetchToken = LaunchSecrets.newToken();
        Instant now = clock.instant();
        String activityId = Cmi5Ids.au(courses.home(), resourceId, au.id());
        Cmi5Session session = new Cmi5Session(new Cmi5Session.Launch(schoolId, actor.personId(), classId, stepIndex,
                resourceId, version.getNumber(), registration, au.id(), activityId, launchMode, au.moveOn(),
                au.masteryScore()), LaunchSecrets.sha256(contentToken), LaunchSecrets.sha256(fetchToken), now,
                now.plus(SESSION_LIFETIME));
        em.persist(session);
        em.flush();
        if (progress.isEmpty()) {
            // cmi5 9.6.1: at registration the LMS evaluates moveOn (NotApplicable AUs), in a session of its own
            courses.settle(session, actor, learner.getUsername(), UUID.randomUUID());
        }
        String launchUrl = au.packaged() ? contentBase + contentToken + "/" + au.url() : au.url();
        writeLaunchData(session, au, agent, returnUrl);
        Cmi5Statements.Subject subject = new Cmi5Statements.Subject(agent, registration, session.getSessionId());
        courses.record(schoolId, Cmi5Statements.launched(subject, target(au, activityId), now, launchMode, launchUrl,
                au.moveOn(), au.masteryScore(), au.launchParameters()));
        String home = courses.home();
        String query = "endpoint=" + encode(home + "/xapi/") + "&fetch=" + encode(home + "/cmi5/fetch/" + fetchToken)
                + "&actor=" + encode(agent.toString()) + "&registration=" + registration + "&activityId="
                + encode(activityId);
        return new Launched(launchUrl + (launchUrl.contains("?") ? "&" : "?") + query,
                "OwnWindow".equals(au.launchMethod()) || !au.packaged(), session.getSessionId());
    }

    /** The fetch URL, once: the session's LRS credentials; afterwards, or for an unknown token, an error (cmi5 8.2.3). */
    @Transactional
    public Fetched fetch(String token) {
        if (token == null || token.length() != LaunchSecrets.LENGTH) {
            return new Fetched(null, "2", "The fetch URL is not known.");
        }
        Optional<Cmi5Session> found = em.createQuery("select s from Cmi5Session s where s.fetchSha256 = :t", Cmi5Session.class)
                .setParameter("t", LaunchSecrets.sha256(token)).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            return new Fetched(null, "2", "The fetch URL is not known.");
        }
        Cmi5Session session = found.get();
        if (!session.isOpenAt(clock.instant()) || !session.fetch()) {
            return new Fetched(null, "1", "The authorization token has already been returned, or the session is over.");
        }
        return new Fetched(launches.issueForSession(session.getSchoolId(), session.getPersonId(), session.getClassId(),
                session.getActivityId(), session.getRegistration(), session.getId(), session.getExpiresAt()), null, null);
    }

    /** A file of the session's package version, for the content origin (while the session's launch lasts). */
    @Transactional
    public DownloadableFile file(String token, String path) {
        if (token == null || token.length() != LaunchSecrets.LENGTH) {
            throw new vn.tvet.lms.library.ResourceNotFoundException(0);
        }
        Cmi5Session session = em.createQuery("select s from Cmi5Session s where s.contentSha256 = :t", Cmi5Session.class)
                .setParameter("t", LaunchSecrets.sha256(token)).getResultStream().findFirst()
                .filter(found -> !found.expiredAt(clock.instant()))
                .orElseThrow(() -> new vn.tvet.lms.library.ResourceNotFoundException(0));
        return reading.packageFile(session.learner(), session.getResourceId(), session.getVersionNumber(), path);
    }

    /**
     * A teacher of the class waives the learner's AU (cmi5 9.3.7, reason "Administrative"): recorded once per
     * registration, in a session of its own, and counted for the blocks' and course's moveOn.
     */
    @Transactional
    public void waive(Viewer actor, long schoolId, long classId, long learnerId, int stepIndex, int auIndex) {
        ClassEnrolment enrolment = teaching.enrolments(actor, schoolId, classId).stream()
                .filter(e -> e.isActive() && e.getLearner().getId() == learnerId).findFirst()
                .orElseThrow(() -> new ClassNotFoundException(classId));
        SchoolClass schoolClass = teaching.get(actor, schoolId, classId);
        List<LessonStep> steps = ClassLearning.steps(schoolClass, java.util.Set.of());
        if (stepIndex < 0 || stepIndex >= steps.size()) {
            throw new ClassNotFoundException(classId);
        }
        Viewer learnerViewer = new Viewer(learnerId, java.util.Set.of(schoolId), java.util.Set.of(), false);
        ResourceVersion version = versionOf(learnerViewer, steps.get(stepIndex), stepIndex);
        long resourceId = version.getResource().getId();
        CourseStructure structure = courses.structure(learnerViewer, resourceId, version.getNumber());
        if (auIndex < 0 || auIndex >= structure.aus().size()) {
            throw new ClassNotFoundException(classId);
        }
        CourseStructure.Au au = structure.aus().get(auIndex);
        UUID registration = Cmi5Ids.registration(enrolment.getRegistration(), steps.get(stepIndex).activityId());
        em.find(ClassEnrolment.class, enrolment.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (courses.progress(registration, resourceId).getOrDefault(au.id(), Cmi5Courses.AuProgress.NONE).waived()) {
            throw new ClassRuleException(ClassRuleException.Reason.COMPLETES_OTHERWISE, "AU already waived");
        }
        Person learner = enrolment.getLearner();
        String activityId = Cmi5Ids.au(courses.home(), resourceId, au.id());
        Instant now = clock.instant();
        Cmi5Session session = new Cmi5Session(new Cmi5Session.Launch(schoolId, learnerId, classId, stepIndex, resourceId,
                version.getNumber(), registration, au.id(), activityId, "Normal", au.moveOn(), au.masteryScore()),
                null, null, now, now);
        session.end(Cmi5Session.Ended.WAIVED);
        em.persist(session);
        em.flush();
        Cmi5Statements.Subject subject = new Cmi5Statements.Subject(courses.actor(learner.getUsername()), registration,
                session.getSessionId());
        courses.record(schoolId, Cmi5Statements.waived(subject, target(au, activityId), now, "Administrative"));
        courses.settle(session, learnerViewer, learner.getUsername(), session.getSessionId());
    }

    /** A course in one of the class's steps. */
    public record StepCourse(int stepIndex, Course course) {
    }

    /** A teacher's view of a learner's cmi5 courses in the class: each step's structure and each AU's progress. */
    @Transactional
    public List<StepCourse> coursesOf(Viewer actor, long schoolId, long classId, long learnerId) {
        ClassEnrolment enrolment = teaching.enrolments(actor, schoolId, classId).stream()
                .filter(e -> e.getLearner().getId() == learnerId).findFirst()
                .orElseThrow(() -> new ClassNotFoundException(classId));
        List<LessonStep> steps = ClassLearning.steps(teaching.get(actor, schoolId, classId), java.util.Set.of());
        List<StepCourse> found = new java.util.ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Long resourceId = steps.get(i).content().resourceId();
            if (steps.get(i).content().kind() != ActivityKind.RESOURCE || resourceId == null) {
                continue;
            }
            LearningResource resource;
            try {
                resource = reading.item(actor, resourceId);
            } catch (vn.tvet.lms.library.ResourceNotFoundException e) {
                continue; // an item the teacher cannot read has nothing to show here
            }
            Optional<ResourceVersion> version = resource.latestVersionFor(actor).filter(ResourceVersion::isPackage);
            if (resource.getType() == ResourceType.CMI5_PACKAGE && version.isPresent()) {
                found.add(new StepCourse(i, new Course(resourceId, version.get().getNumber(),
                        courses.structure(actor, resourceId, version.get().getNumber()),
                        courses.progress(Cmi5Ids.registration(enrolment.getRegistration(), steps.get(i).activityId()),
                                resourceId))));
            }
        }
        return found;
    }

    /** Sessions whose credentials expired without "terminated" are abandoned (cmi5 9.3.6); how many. */
    @Transactional
    public int abandonExpired() {
        List<Cmi5Session> stale = em.createQuery("select s from Cmi5Session s where s.ended is null and s.expiresAt < :now",
                Cmi5Session.class).setParameter("now", clock.instant()).setMaxResults(500).getResultList();
        stale.forEach(session -> abandon(session, people.get(session.getPersonId())));
        return stale.size();
    }

    private void abandonOpen(UUID registration, long resourceId, Person learner) {
        em.createQuery("select s from Cmi5Session s where s.registration = :r and s.resourceId = :c and s.ended is null",
                        Cmi5Session.class)
                .setParameter("r", registration).setParameter("c", resourceId).getResultList()
                .forEach(open -> abandon(open, learner));
    }

    private void abandon(Cmi5Session session, Person learner) {
        session.end(Cmi5Session.Ended.ABANDONED);
        CourseStructure.Au au = courses.structure(session.learner(), session.getResourceId(), session.getVersionNumber())
                .aus().stream().filter(each -> each.id().equals(session.getAuId())).findFirst().orElse(null);
        String title = au == null ? session.getAuId() : au.title();
        Cmi5Statements.Subject subject = new Cmi5Statements.Subject(courses.actor(learner.getUsername()),
                session.getRegistration(), session.getSessionId());
        courses.record(session.getSchoolId(), Cmi5Statements.abandoned(subject, new Cmi5Statements.Target(
                session.getActivityId(), au == null ? null : au.activityType(), title, session.getAuId()), clock.instant(),
                session.lasted()));
    }

    private void writeLaunchData(Cmi5Session session, CourseStructure.Au au, JsonObject agent, String returnUrl) {
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("contextTemplate", Json.createObjectBuilder()
                        .add("contextActivities", Json.createObjectBuilder().add("grouping",
                                Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", au.id()))))
                        .add("extensions", Json.createObjectBuilder().add(Cmi5Rules.SESSION_ID,
                                session.getSessionId().toString())))
                .add("launchMode", session.getLaunchMode())
                .add("launchMethod", au.launchMethod())
                .add("moveOn", au.moveOn())
                .add("returnURL", returnUrl);
        if (au.masteryScore() != null) {
            data.add("masteryScore", au.masteryScore());
        }
        if (au.launchParameters() != null) {
            data.add("launchParameters", au.launchParameters());
        }
        if (au.entitlementKey() != null) {
            data.add("entitlementKey", Json.createObjectBuilder().add("courseStructure", au.entitlementKey()));
        }
        var lms = Cmi5Courses.lms(session.getSchoolId());
        documents.put(lms, DocumentPlace.state(session.getActivityId(), agent, session.getRegistration()), LAUNCH_DATA,
                data.build().toString().getBytes(StandardCharsets.UTF_8), "application/json",
                new LrsDocuments.Preconditions(null, null));
        DocumentPlace profile = DocumentPlace.agentProfile(agent);
        if (documents.get(lms, profile, PREFERENCES).isEmpty()) {
            // cmi5 11: the learner's preferences, as the LMS knows them: this application speaks Vietnamese first
            documents.put(lms, profile, PREFERENCES, "{\"languagePreference\":\"vi-VN,en-US\",\"audioPreference\":\"on\"}"
                    .getBytes(StandardCharsets.UTF_8), "application/json", new LrsDocuments.Preconditions(null, "*"));
        }
    }

    private ResourceVersion versionOf(Viewer viewer, LessonStep step, int stepIndex) {
        if (step.content().kind() != ActivityKind.RESOURCE || step.content().resourceId() == null) {
            throw new ClassRuleException(ClassRuleException.Reason.COMPLETES_OTHERWISE, "step " + stepIndex + " has no course");
        }
        LearningResource resource = reading.item(viewer, step.content().resourceId());
        return resource.latestVersionFor(viewer).filter(ResourceVersion::isPackage)
                .filter(v -> resource.getType() == ResourceType.CMI5_PACKAGE)
                .orElseThrow(() -> new ClassRuleException(ClassRuleException.Reason.COMPLETES_OTHERWISE,
                        "step " + stepIndex + " has no cmi5 course"));
    }

    private static Cmi5Statements.Target target(CourseStructure.Au au, String activityId) {
        return new Cmi5Statements.Target(activityId, au.activityType(), au.title(), au.id());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
