package vn.tvet.lms.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.classes.ClassRuleException;
import vn.tvet.lms.learning.ClassLearning;
import vn.tvet.lms.learning.LaunchSecrets;
import vn.tvet.lms.learning.LessonStep;
import vn.tvet.lms.learning.PublicAddress;

/**
 * Launch tokens for content a learner opens from a lesson that talks to the LRS itself: issued for the learner's
 * own step (unlocked, in a class they study), good for {@link #LIFETIME}, and accepted by the LRS as HTTP Basic
 * {@code launch:<token>} with the powers of a {@link LaunchScope}.
 */
@ApplicationScoped
public class LrsLaunches {

    /** The user name of launch credentials; LRS clients' keys never take it (they are random). */
    public static final String USER = "launch";
    static final Duration LIFETIME = Duration.ofHours(8);

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    private ClassLearning learning;
    private People people;
    private PublicAddress home;
    private Clock clock;

    @Inject
    LaunchSessions sessions;

    LrsLaunches() {
        // for the CDI proxy
    }

    @Inject
    public LrsLaunches(ClassLearning learning, People people, PublicAddress home, Clock clock) {
        this.learning = learning;
        this.people = people;
        this.home = home;
        this.clock = clock;
    }

    /** What content is launched with: the LRS, the credentials, the learner as an Agent, the registration, the activity. */
    public record Issued(String endpoint, String authorization, String actor, String registration, String activityId) {

        /** As the query string of xAPI ("Tin Can") launch: endpoint, auth, actor, registration, activity_id. */
        public String query() {
            return "endpoint=" + encode(endpoint) + "&auth=" + encode(authorization) + "&actor=" + encode(actor)
                    + "&registration=" + registration + "&activity_id=" + encode(activityId);
        }

        private static String encode(String value) {
            return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }

    /** A token for the learner's step (404 for a class they do not study, refused for a locked step). */
    @Transactional
    public Issued issue(Viewer actor, long schoolId, long classId, int stepIndex) {
        ClassLearning.Studying studying = learning.studying(actor, schoolId, classId);
        LessonStep step = studying.step(stepIndex);
        if (step.locked()) {
            throw new ClassRuleException(ClassRuleException.Reason.COMPLETES_OTHERWISE, "step " + stepIndex + " is locked");
        }
        String token = LaunchSecrets.newToken();
        Instant now = clock.instant();
        em.persist(new LrsLaunch(LaunchSecrets.sha256(token), schoolId, actor.personId(), classId, step.activityId(),
                studying.registration(), now, now.plus(LIFETIME)));
        Person learner = people.get(actor.personId());
        LaunchScope scope = new LaunchScope(learner.getId(), home.url(), learner.getUsername(), step.activityId(),
                studying.registration());
        String credentials = Base64.getEncoder().encodeToString((USER + ":" + token).getBytes(StandardCharsets.UTF_8));
        return new Issued(home.url() + "/xapi/", "Basic " + credentials,
                jakarta.json.Json.createObjectBuilder(scope.agent()).add("name", learner.getFullName()).build().toString(),
                studying.registration().toString(), step.activityId());
    }

    /**
     * LRS credentials for a cmi5 session (its fetch URL hands them out once): the learner, the AU's activity and the
     * registration, good while the session is open. Returns the value of the Authorization header's Basic part.
     */
    @Transactional
    public String issueForSession(long schoolId, long personId, long classId, String activityId, UUID registration,
            long session, Instant expiresAt) {
        String token = LaunchSecrets.newToken();
        em.persist(new LrsLaunch(LaunchSecrets.sha256(token), schoolId, personId, classId, activityId, registration,
                clock.instant(), expiresAt).forSession(session));
        return Base64.getEncoder().encodeToString((USER + ":" + token).getBytes(StandardCharsets.UTF_8));
    }

    /** Deletes launch tokens that expired a day ago or more; how many. */
    @Transactional
    public int sweepExpired() {
        return em.createNativeQuery("delete from lrs_launch where expires_at < ?1")
                .setParameter(1, java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(1)))).executeUpdate();
    }

    /** The caller a launch token stands for, if it is known and unexpired. */
    @Transactional
    public Optional<LrsCaller> authenticate(String token) {
        if (token == null || token.length() != LaunchSecrets.LENGTH) {
            return Optional.empty();
        }
        return em.createQuery("select l from LrsLaunch l where l.tokenSha256 = :t", LrsLaunch.class)
                .setParameter("t", LaunchSecrets.sha256(token)).getResultStream().findFirst()
                .filter(launch -> !launch.expiredAt(clock.instant()))
                .filter(launch -> launch.getCmi5Session() == null || sessions.open(launch.getCmi5Session()))
                .map(launch -> {
                    Person learner = people.get(launch.getPersonId());
                    return new LrsCaller(0, launch.getSchoolId(), "TVET LMS", USER, true, true, new LaunchScope(
                            learner.getId(), home.url(), learner.getUsername(), launch.getActivityId(),
                            launch.getRegistration(), launch.getCmi5Session()));
                });
    }
}
