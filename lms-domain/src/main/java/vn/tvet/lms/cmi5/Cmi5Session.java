package vn.tvet.lms.cmi5;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.tvet.lms.account.Viewer;

/**
 * One session of an AU for a learner in a registration (cmi5 "AU session"): from the LMS's launch until the AU's
 * "terminated", the LMS's "abandoned", or a session the LMS makes for "waived". Keeps what the rules need: the cmi5
 * defined verbs the AU sent so far, and the secrets (as SHA-256) that serve the package's files and hand out the
 * LRS credentials once.
 */
@Entity
@Table(name = "cmi5_session")
public class Cmi5Session {

    /** How a session ended. */
    public enum Ended {
        TERMINATED,
        ABANDONED,
        WAIVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false, updatable = false, unique = true)
    private UUID sessionId;

    @Column(name = "school_id", nullable = false, updatable = false)
    private long schoolId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "class_id", nullable = false, updatable = false)
    private long classId;

    @Column(name = "step_index", nullable = false, updatable = false)
    private int stepIndex;

    @Column(name = "resource_id", nullable = false, updatable = false)
    private long resourceId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(nullable = false, updatable = false)
    private UUID registration;

    @Column(name = "au_id", nullable = false, updatable = false, length = 2000)
    private String auId;

    @Column(name = "activity_id", nullable = false, updatable = false, length = 500)
    private String activityId;

    @Column(name = "launch_mode", nullable = false, updatable = false, length = 8)
    private String launchMode;

    @Column(name = "move_on", nullable = false, updatable = false, length = 20)
    private String moveOn;

    @Column(name = "mastery_score", updatable = false, precision = 5, scale = 4)
    private BigDecimal masteryScore;

    @Column(name = "content_sha256", updatable = false, length = 64, unique = true)
    private String contentSha256;

    @Column(name = "fetch_sha256", updatable = false, length = 64, unique = true)
    private String fetchSha256;

    @Column(nullable = false)
    private boolean fetched;

    @Column(nullable = false, length = 200)
    private String verbs = "";

    @Column(length = 10)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Ended ended;

    @Column(name = "launched_at", nullable = false, updatable = false)
    private Instant launchedAt;

    @Column(name = "last_statement_at")
    private Instant lastStatementAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    protected Cmi5Session() {
        // for JPA
    }

    Cmi5Session(Launch launch, String contentSha256, String fetchSha256, Instant now, Instant expiresAt) {
        this.sessionId = UUID.randomUUID();
        this.schoolId = launch.schoolId();
        this.personId = launch.personId();
        this.classId = launch.classId();
        this.stepIndex = launch.stepIndex();
        this.resourceId = launch.resourceId();
        this.versionNumber = launch.versionNumber();
        this.registration = launch.registration();
        this.auId = launch.auId();
        this.activityId = launch.activityId();
        this.launchMode = launch.launchMode();
        this.moveOn = launch.moveOn();
        this.masteryScore = launch.masteryScore();
        this.contentSha256 = contentSha256;
        this.fetchSha256 = fetchSha256;
        this.launchedAt = now;
        this.expiresAt = expiresAt;
    }

    /** What a session is opened for: the learner, the step, the package version, the AU and how it is launched. */
    record Launch(long schoolId, long personId, long classId, int stepIndex, long resourceId, int versionNumber,
            UUID registration, String auId, String activityId, String launchMode, String moveOn, BigDecimal masteryScore) {
    }

    /** The learner as the session lets them act: in this school only, with no other role. */
    Viewer learner() {
        return new Viewer(personId, Set.of(schoolId), Set.of(), false);
    }

    /** The fetch URL's one use. */
    boolean fetch() {
        if (fetched) {
            return false;
        }
        fetched = true;
        return true;
    }

    void noted(String verb, Instant now) {
        if (verb != null) {
            verbs = verbs.isEmpty() ? verb : verbs + " " + verb;
        }
        lastStatementAt = now;
    }

    void end(Ended how) {
        ended = how;
    }

    /** The time the abandoned statement reports: from launch to the AU's last statement (cmi5 9.5.4.2). */
    Duration lasted() {
        return Duration.between(launchedAt, lastStatementAt == null ? launchedAt : lastStatementAt);
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean isOpenAt(Instant now) {
        return ended == null && !expiredAt(now);
    }

    /** The cmi5 defined verbs (short names: initialized, completed, ...) the AU sent in this session, in order. */
    public List<String> verbs() {
        return verbs.isEmpty() ? List.of() : Arrays.asList(verbs.split(" "));
    }

    public Long getId() {
        return id;
    }

    public UUID getSessionId() {
        return sessionId;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public long getPersonId() {
        return personId;
    }

    public long getClassId() {
        return classId;
    }

    public int getStepIndex() {
        return stepIndex;
    }

    public long getResourceId() {
        return resourceId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public UUID getRegistration() {
        return registration;
    }

    public String getAuId() {
        return auId;
    }

    public String getActivityId() {
        return activityId;
    }

    public String getLaunchMode() {
        return launchMode;
    }

    public String getMoveOn() {
        return moveOn;
    }

    public BigDecimal getMasteryScore() {
        return masteryScore;
    }

    public Ended getEnded() {
        return ended;
    }

    public Instant getLaunchedAt() {
        return launchedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
