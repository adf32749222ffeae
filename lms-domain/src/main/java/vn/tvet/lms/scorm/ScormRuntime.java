package vn.tvet.lms.scorm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.classes.ClassNotFoundException;
import vn.tvet.lms.classes.ClassRuleException;
import vn.tvet.lms.courseware.ActivityKind;
import vn.tvet.lms.learning.ClassLearning;
import vn.tvet.lms.learning.LaunchSecrets;
import vn.tvet.lms.learning.LessonStep;
import vn.tvet.lms.learning.Verb;
import vn.tvet.lms.library.DownloadableFile;
import vn.tvet.lms.library.LearningResource;
import vn.tvet.lms.library.LibraryReading;
import vn.tvet.lms.library.ResourceType;
import vn.tvet.lms.library.ResourceVersion;
import vn.tvet.lms.storage.ContentStore;

/**
 * The learner's side of a SCORM package in a lesson: launching a SCO (its attempt found or started, a launch token
 * issued), opening the runtime (the values the SCO starts from), and storing commits, each checked against the data
 * model and acknowledged only once stored. Status changes become statements (the ADL verbs the SCORM profile uses)
 * about the SCO, and a package completed or passed completes its lesson step.
 */
@ApplicationScoped
public class ScormRuntime {

    static final Duration LAUNCH_LIFETIME = Duration.ofHours(8);

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    private ClassLearning learning;
    private LibraryReading reading;
    private ContentStore store;
    private ScormStatements statements;
    private People people;
    private Clock clock;
    /** Package versions never change, so their manifests are read once. */
    private final Map<String, PackageStructure> structures = new ConcurrentHashMap<>();

    ScormRuntime() {
        // for the CDI proxy
    }

    @Inject
    public ScormRuntime(ClassLearning learning, LibraryReading reading, ContentStore store, ScormStatements statements,
            People people, Clock clock) {
        this.learning = learning;
        this.reading = reading;
        this.store = store;
        this.statements = statements;
        this.people = people;
        this.clock = clock;
    }

    /**
     * A launch: the token for the content origin's URL, the package's structure and the SCO launched, each item's
     * status (clusters' rolled up in 2004), the SCOs locked and those the tree may link to, and whether sequencing
     * offers a previous and a next activity (2004 flow).
     */
    public record Launch(String token, long resourceId, int versionNumber, PackageStructure structure,
            PackageStructure.Item sco, Map<String, String> statuses, java.util.Set<String> locked,
            java.util.Set<String> linkable, boolean hasPrevious, boolean hasNext) {
    }

    /** What the runtime page starts a SCO with. */
    public record Session(ScormVersion version, int opened, long resourceId, int versionNumber, String href, String title,
            Map<String, String> initialValues) {
    }

    /**
     * Launches a SCO of the step's package for the learner (the first one when {@code scoId} is null): continues the
     * current attempt, or starts a new one when there is none or the last is over (keeping the package version an
     * attempt began with).
     */
    @Transactional
    public Launch launch(Viewer actor, long schoolId, long classId, int stepIndex, String scoId) {
        return launch(actor, schoolId, classId, stepIndex, scoId, null);
    }

    /**
     * Launches as {@link #launch(Viewer, long, long, int, String)}, or, with {@code navigation} "continue" or
     * "previous", the SCO that SCORM 2004 sequencing delivers after or before {@code scoId}.
     *
     * @throws NothingToDeliverException when sequencing has no activity for the request
     */
    @Transactional
    public Launch launch(Viewer actor, long schoolId, long classId, int stepIndex, String scoId, String navigation) {
        ClassLearning.Studying studying = learning.studying(actor, schoolId, classId);
        LessonStep step = studying.step(stepIndex);
        if (step.locked() || step.content().kind() != ActivityKind.RESOURCE || step.content().resourceId() == null) {
            throw new ClassRuleException(ClassRuleException.Reason.COMPLETES_OTHERWISE, "step " + stepIndex + " has no package");
        }
        long resourceId = step.content().resourceId();
        LearningResource resource = reading.item(actor, resourceId);
        ResourceVersion latest = resource.latestVersionFor(actor).filter(ResourceVersion::isPackage)
                .filter(v -> resource.getType() == ResourceType.SCORM_PACKAGE)
                .orElseThrow(() -> new ClassRuleException(ClassRuleException.Reason.COMPLETES_OTHERWISE,
                        "step " + stepIndex + " has no SCORM package"));
        PackageStructure structure = structure(actor, resourceId, latest.getNumber());
        UUID registration = studying.registration();
        Map<String, String> statuses = statuses(registration, step.activityId());
        java.util.Set<String> locked = new java.util.HashSet<>();
        java.util.Set<String> linkable = new java.util.HashSet<>();
        PackageStructure.Item sco;
        boolean hasPrevious = false;
        boolean hasNext = false;
        if (structure.version() == ScormVersion.SCORM_12) {
            sco = scoId == null ? structure.launchable().get(0)
                    : structure.item(scoId).orElseThrow(() -> new ClassNotFoundException(classId));
            structure.launchable().stream().filter(item -> !Prerequisites.met(item.prerequisites(), statuses))
                    .forEach(item -> locked.add(item.identifier()));
            structure.launchable().stream().map(PackageStructure.Item::identifier).filter(id -> !locked.contains(id))
                    .forEach(linkable::add);
        } else {
            Sequencer sequencer = new Sequencer(structure, tracking(registration, step.activityId()));
            String target = target(sequencer, structure, registration, step.activityId(), scoId, navigation);
            sco = structure.item(target).orElseThrow(() -> new ClassNotFoundException(classId));
            for (PackageStructure.Item item : structure.items()) {
                if (sequencer.choosable(item.identifier())) {
                    linkable.add(item.identifier());
                }
                statuses.put(item.identifier(), shown(sequencer.status(item.identifier())));
            }
            if (navigation == null && scoId != null && !linkable.contains(scoId)) {
                locked.add(scoId);
            }
            hasPrevious = sequencer.previous(target).isPresent();
            hasNext = sequencer.next(target).isPresent();
        }
        if (locked.contains(sco.identifier())) {
            throw new ScoLockedException(sco.identifier(), sco.title());
        }
        ScormAttempt current = latest(registration, step.activityId(), sco.identifier());
        ScormAttempt attempt = current;
        if (current == null || current.isClosed()) {
            attempt = new ScormAttempt(schoolId, actor.personId(), classId, registration, step.activityId(), resourceId,
                    latest.getNumber(), sco.identifier(), current == null ? 1 : current.getNumber() + 1,
                    structure.version(), clock.instant());
            em.persist(attempt);
            em.flush();
        } else if (attempt.getVersionNumber() != latest.getNumber()) {
            structure = structure(actor, resourceId, attempt.getVersionNumber());
            sco = structure.item(sco.identifier()).orElse(sco);
        }
        String token = LaunchSecrets.newToken();
        Instant now = clock.instant();
        em.persist(new ContentLaunch(LaunchSecrets.sha256(token), schoolId, actor.personId(), classId, stepIndex, sco.identifier(),
                attempt.getId(), now, now.plus(LAUNCH_LIFETIME)));
        return new Launch(token, resourceId, attempt.getVersionNumber(), structure, sco, statuses, locked, linkable,
                hasPrevious, hasNext);
    }

    /**
     * The SCO a 2004 launch delivers: the one flow gives for a navigation request; the one chosen; else the SCO of
     * the learner's most recent open attempt (they left it suspended), else where sequencing starts.
     */
    private String target(Sequencer sequencer, PackageStructure structure, UUID registration, String activityId,
            String scoId, String navigation) {
        if (navigation != null) {
            Optional<String> delivered = "previous".equals(navigation) ? sequencer.previous(scoId) : sequencer.next(scoId);
            return delivered.orElseThrow(() -> new NothingToDeliverException(navigation));
        }
        if (scoId != null) {
            return scoId;
        }
        Optional<String> suspended = em.createQuery("select a.scoId from ScormAttempt a where a.registration = :r"
                        + " and a.activityId = :a and a.closed = false order by a.updatedAt desc", String.class)
                .setParameter("r", registration).setParameter("a", activityId).setMaxResults(1).getResultStream()
                .filter(id -> structure.item(id).isPresent()).findFirst();
        return suspended.or(sequencer::start).orElse(structure.launchable().get(0).identifier());
    }

    /** A 2004 activity's rolled-up status in the words the player shows (SCORM 1.2's lesson statuses). */
    private static String shown(Sequencer.Status status) {
        if (Boolean.TRUE.equals(status.satisfied())) {
            return "passed";
        }
        if (Boolean.FALSE.equals(status.satisfied())) {
            return "failed";
        }
        if (Boolean.TRUE.equals(status.completed())) {
            return "completed";
        }
        return status.attempted() ? "incomplete" : "not attempted";
    }

    /** Each SCO's tracking for sequencing: its number of attempts and its newest attempt's statuses. */
    private Map<String, Sequencer.Tracking> tracking(UUID registration, String activityId) {
        Map<String, Sequencer.Tracking> tracking = new java.util.HashMap<>();
        em.createQuery("select a from ScormAttempt a where a.registration = :r and a.activityId = :a order by a.number",
                        ScormAttempt.class)
                .setParameter("r", registration).setParameter("a", activityId).getResultList()
                .forEach(attempt -> tracking.put(attempt.getScoId(), new Sequencer.Tracking(attempt.getNumber(),
                        attempt.getCompletionStatus(), attempt.getSuccessStatus(), attempt.getScoreScaled())));
        return tracking;
    }

    /** Opens the runtime page of a launch: a new session of the attempt, and the values the SCO starts from. */
    @Transactional
    public Session open(String token) {
        ContentLaunch launch = launchOf(token);
        ScormAttempt attempt = attemptOf(launch);
        if (attempt.isClosed()) {
            throw new ContentLaunchNotFoundException("attempt " + attempt.getId() + " is over");
        }
        PackageStructure.Item sco = scoOf(launch, attempt);
        attempt.sessionStarted(launch.getId(), clock.instant());
        String entry = LmsRules.entry(attempt.getSessions(), attempt.getLastExit());
        Person learner = people.get(launch.getPersonId());
        Map<String, String> initial = LmsRules.initialValues(attempt.getVersion(), sco, attempt.data(), learner.getUsername(),
                learner.getFullName(), entry, attempt.getTotalSeconds());
        if (attempt.getVersion() != ScormVersion.SCORM_12) {
            // 2004: whether a "continue" or "previous" request would deliver an activity (adl.nav.request_valid)
            Sequencer sequencer = new Sequencer(structure(launch.learner(), attempt.getResourceId(), attempt.getVersionNumber()),
                    tracking(attempt.getRegistration(), attempt.getActivityId()));
            initial = new LinkedHashMap<>(initial);
            initial.put("adl.nav.request_valid.continue", String.valueOf(sequencer.next(sco.identifier()).isPresent()));
            initial.put("adl.nav.request_valid.previous", String.valueOf(sequencer.previous(sco.identifier()).isPresent()));
        }
        int opened = launch.open();
        statements.state(launch, attempt, sco, "resume".equals(entry) ? Verb.RESUMED : Verb.INITIALIZED, "open:" + opened, null);
        return new Session(attempt.getVersion(), opened, attempt.getResourceId(), attempt.getVersionNumber(), sco.href(),
                sco.title(), initial);
    }

    /**
     * Stores a commit of the SCO's data model: only its writable elements, each checked (nothing is stored if one is
     * refused). A commit with a sequence already stored for this opening is acknowledged without change; a
     * terminating one ends the session with the status rules the LMS applies.
     */
    @Transactional
    public void commit(String token, int opened, long sequence, Map<String, String> values, boolean terminate) {
        ContentLaunch launch = launchOf(token);
        em.lock(launch, LockModeType.PESSIMISTIC_WRITE);
        ScormAttempt attempt = attemptOf(launch);
        ScormVersion version = attempt.getVersion();
        int general = version == ScormVersion.SCORM_12 ? CommitRefusedException.GENERAL_12
                : CommitRefusedException.COMMIT_FAILURE_2004;
        if (opened != launch.getOpened()) {
            throw new CommitRefusedException(general, null, "opening " + opened + " was replaced by " + launch.getOpened());
        }
        if (!launch.accept(sequence)) {
            return;
        }
        if (attempt.isClosed()) {
            throw new CommitRefusedException(general, null, "attempt " + attempt.getId() + " is over");
        }
        Map<String, String> stored = attempt.data();
        Map<String, String> written = new LinkedHashMap<>();
        // a full commit sends every element, the ones never set as empty strings: those are not values
        DataModel.writableOf(version, values).forEach((element, value) -> {
            if (!value.isEmpty() || stored.containsKey(element)) {
                written.put(element, value);
            }
        });
        for (Map.Entry<String, String> element : written.entrySet()) {
            DataModel.check(version, element.getKey(), element.getValue()).ifPresent(refusal -> {
                throw new CommitRefusedException(refusal.errorCode(), refusal.element(), "value refused");
            });
        }
        PackageStructure.Item sco = scoOf(launch, attempt);
        LmsRules.Statuses before = new LmsRules.Statuses(attempt.getCompletionStatus(), attempt.getSuccessStatus(),
                attempt.getScoreScaled());
        Map<String, String> data = new LinkedHashMap<>(stored);
        data.putAll(written);
        String exit = data.getOrDefault(version == ScormVersion.SCORM_12 ? "cmi.core.exit" : "cmi.exit", "");
        // a late terminate from a launch a newer one replaced keeps its data but does not end the newer session
        boolean endsSession = terminate && launch.getId().equals(attempt.getSessionLaunch()) && attempt.isSessionOpen();
        if (endsSession) {
            data = LmsRules.afterTermination(version, sco, data, !"suspend".equals(exit));
        }
        LmsRules.Statuses after = LmsRules.statuses(version, sco, data);
        Instant now = clock.instant();
        attempt.store(data, now);
        attempt.statuses(after.completion(), after.success(), after.scaled());
        String purpose = "commit:" + opened + ":" + sequence;
        if (!after.completion().equals(before.completion()) && after.completion().equals("completed")) {
            statements.state(launch, attempt, sco, Verb.COMPLETED, purpose, null);
        }
        if (!after.success().equals(before.success()) && !after.success().equals("unknown")) {
            statements.state(launch, attempt, sco, after.success().equals("passed") ? Verb.PASSED : Verb.FAILED, purpose, after);
        }
        if (endsSession) {
            attempt.sessionEnded(launch.getId(), exit);
            if (LmsRules.attemptOver(version, exit, after)) {
                attempt.close();
            }
            statements.state(launch, attempt, sco, "suspend".equals(exit) ? Verb.SUSPENDED : Verb.TERMINATED, purpose, null);
        }
        if (attempt.completedOrPassed() && !before.equals(after)) {
            completeStepIfDone(launch, attempt);
        }
    }

    /** Deletes launches that expired a day ago or more; how many. */
    @Transactional
    public int sweepExpired() {
        return em.createNativeQuery("delete from content_launch where expires_at < ?1")
                .setParameter(1, java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(1)))).executeUpdate();
    }

    /** The package's step completes when each of its SCOs has an attempt completed or passed. */
    private void completeStepIfDone(ContentLaunch launch, ScormAttempt attempt) {
        PackageStructure structure = structure(launch.learner(), attempt.getResourceId(), attempt.getVersionNumber());
        List<String> done = em.createQuery("select distinct a.scoId from ScormAttempt a where a.registration = :r"
                        + " and a.activityId = :a and (a.successStatus = 'passed' or a.completionStatus = 'completed'"
                        + " and a.successStatus <> 'failed')", String.class)
                .setParameter("r", attempt.getRegistration()).setParameter("a", attempt.getActivityId()).getResultList();
        boolean all;
        if (structure.version() == ScormVersion.SCORM_12) {
            all = structure.launchable().stream().filter(PackageStructure.Item::sco)
                    .allMatch(item -> done.contains(item.identifier()));
        } else {
            // 2004: the organization's rolled-up status; satisfied, or completed without being not satisfied
            Sequencer.Status overall = new Sequencer(structure, tracking(attempt.getRegistration(), attempt.getActivityId()))
                    .overall();
            all = Boolean.TRUE.equals(overall.satisfied())
                    || Boolean.TRUE.equals(overall.completed()) && !Boolean.FALSE.equals(overall.satisfied());
        }
        if (all) {
            learning.packageCompleted(launch.learner(), launch.getSchoolId(), launch.getClassId(), launch.getStepIndex());
        }
    }

    /** The package structure of a version the viewer may see, read from its manifest once. */
    public PackageStructure structure(Viewer viewer, long resourceId, int versionNumber) {
        String key = resourceId + "/" + versionNumber;
        PackageStructure known = structures.get(key);
        if (known != null) {
            return known;
        }
        DownloadableFile manifest = reading.packageFile(viewer, resourceId, versionNumber, "imsmanifest.xml");
        try (InputStream in = store.open(manifest.blob().key())) {
            PackageStructure read = PackageStructure.read(in);
            structures.put(key, read);
            return read;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The file of the launch's package version at the path, for the content origin. */
    @Transactional
    public DownloadableFile file(String token, String path) {
        ContentLaunch launch = launchOf(token);
        ScormAttempt attempt = attemptOf(launch);
        return reading.packageFile(launch.learner(), attempt.getResourceId(), attempt.getVersionNumber(), path);
    }

    private PackageStructure.Item scoOf(ContentLaunch launch, ScormAttempt attempt) {
        return structure(launch.learner(), attempt.getResourceId(), attempt.getVersionNumber()).item(attempt.getScoId())
                .orElseThrow(() -> new ContentLaunchNotFoundException("SCO " + attempt.getScoId() + " left the package"));
    }

    private ContentLaunch launchOf(String token) {
        if (token == null || token.length() != LaunchSecrets.LENGTH) {
            throw new ContentLaunchNotFoundException("malformed token");
        }
        ContentLaunch launch = em.createQuery("select l from ContentLaunch l where l.tokenSha256 = :t", ContentLaunch.class)
                .setParameter("t", LaunchSecrets.sha256(token)).getResultStream().findFirst()
                .orElseThrow(() -> new ContentLaunchNotFoundException("unknown token"));
        if (launch.expiredAt(clock.instant())) {
            throw new ContentLaunchNotFoundException("expired");
        }
        return launch;
    }

    private ScormAttempt attemptOf(ContentLaunch launch) {
        ScormAttempt attempt = em.find(ScormAttempt.class, launch.getAttemptId(), LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null) {
            throw new ContentLaunchNotFoundException("attempt gone");
        }
        return attempt;
    }

    /**
     * Each SCO's status for the learner, as SCORM 1.2 names them (its best attempt: passed or completed if any
     * attempt was, else the newest one's): what prerequisites are judged by and the player shows.
     */
    private Map<String, String> statuses(UUID registration, String activityId) {
        Map<String, String> statuses = new java.util.HashMap<>();
        em.createQuery("select a from ScormAttempt a where a.registration = :r and a.activityId = :a order by a.number",
                        ScormAttempt.class)
                .setParameter("r", registration).setParameter("a", activityId).getResultList().forEach(attempt -> {
                    String status = "passed".equals(attempt.getSuccessStatus()) ? "passed"
                            : "failed".equals(attempt.getSuccessStatus()) ? "failed"
                            : "completed".equals(attempt.getCompletionStatus()) ? "completed"
                            : "incomplete".equals(attempt.getCompletionStatus()) ? "incomplete" : "not attempted";
                    String before = statuses.get(attempt.getScoId());
                    if (before == null || !(before.equals("passed") || before.equals("completed"))) {
                        statuses.put(attempt.getScoId(), status);
                    }
                });
        return statuses;
    }

    private ScormAttempt latest(UUID registration, String activityId, String scoId) {
        return em.createQuery("select a from ScormAttempt a where a.registration = :r and a.activityId = :a and a.scoId = :s"
                        + " order by a.number desc", ScormAttempt.class)
                .setParameter("r", registration).setParameter("a", activityId).setParameter("s", scoId).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }
}
