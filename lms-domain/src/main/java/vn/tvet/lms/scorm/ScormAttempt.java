package vn.tvet.lms.scorm;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One learner's attempt at one SCO of a package version in a class: the data model elements the SCO wrote (as
 * JSON text, shown whole to teachers), the statuses progress and the grid read, the time spent over its sessions,
 * and whether it is over. An attempt that is over takes no more commits; the next launch starts a new one.
 */
@Entity
@Table(name = "scorm_attempt")
public class ScormAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private long schoolId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "class_id", nullable = false, updatable = false)
    private long classId;

    @Column(nullable = false, updatable = false)
    private UUID registration;

    @Column(name = "activity_id", nullable = false, updatable = false, length = 500)
    private String activityId;

    @Column(name = "resource_id", nullable = false, updatable = false)
    private long resourceId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "sco_id", nullable = false, updatable = false, length = 255)
    private String scoId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "scorm_version", nullable = false, updatable = false, length = 8)
    private String scormVersion;

    @Column(nullable = false, columnDefinition = "text")
    private String data;

    @Column(name = "completion_status", nullable = false, length = 16)
    private String completionStatus;

    @Column(name = "success_status", nullable = false, length = 16)
    private String successStatus;

    @Column(name = "score_scaled")
    private Double scoreScaled;

    @Column(name = "total_seconds", nullable = false)
    private double totalSeconds;

    @Column(nullable = false)
    private int sessions;

    @Column(name = "session_open", nullable = false)
    private boolean sessionOpen;

    /** The launch whose session is open: a late terminate from an older launch does not end a newer session. */
    @Column(name = "session_launch")
    private Long sessionLaunch;

    @Column(name = "last_exit", length = 16)
    private String lastExit;

    @Column(nullable = false)
    private boolean closed;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ScormAttempt() {
        // for JPA
    }

    ScormAttempt(long schoolId, long personId, long classId, UUID registration, String activityId, long resourceId,
            int versionNumber, String scoId, int number, ScormVersion version, Instant now) {
        this.schoolId = schoolId;
        this.personId = personId;
        this.classId = classId;
        this.registration = registration;
        this.activityId = activityId;
        this.resourceId = resourceId;
        this.versionNumber = versionNumber;
        this.scoId = scoId;
        this.number = number;
        this.scormVersion = version.code();
        this.data = "{}";
        this.completionStatus = "not attempted";
        this.successStatus = "unknown";
        this.startedAt = now;
        this.updatedAt = now;
    }

    /** The elements the SCO has written, by name, in the order first written. */
    public Map<String, String> data() {
        Map<String, String> values = new LinkedHashMap<>();
        JsonObject object = Json.createReader(new StringReader(data)).readObject();
        object.forEach((key, value) -> values.put(key, ((JsonString) value).getString()));
        return Collections.unmodifiableMap(values);
    }

    void store(Map<String, String> values, Instant now) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        values.forEach(builder::add);
        this.data = builder.build().toString();
        this.updatedAt = now;
    }

    void statuses(String completion, String success, Double scaled) {
        this.completionStatus = completion;
        this.successStatus = success;
        this.scoreScaled = scaled;
    }

    /**
     * A session begins through the launch. A session left open (the browser went away before its terminating commit
     * arrived) counts as suspended: its time joins the total and the learner resumes where it was.
     */
    void sessionStarted(long launchId, Instant now) {
        if (sessionOpen) {
            sessionEnded(sessionLaunch, "suspend");
        }
        sessionOpen = true;
        sessionLaunch = launchId;
        updatedAt = now;
    }

    /**
     * The SCO of the launch terminated: its session time joins the total and its exit decides how the next launch
     * enters. False when that launch's session is no longer the open one (a newer launch took over).
     */
    boolean sessionEnded(Long launchId, String exit) {
        if (!sessionOpen || launchId == null || !launchId.equals(sessionLaunch)) {
            return false;
        }
        ScormVersion version = getVersion();
        totalSeconds += DataModel.seconds(version, data().get(version == ScormVersion.SCORM_12 ? "cmi.core.session_time"
                : "cmi.session_time"));
        sessions++;
        sessionOpen = false;
        lastExit = exit == null ? "" : exit;
        return true;
    }

    void close() {
        this.closed = true;
    }

    /** Completed (and not failed), or passed: what the package completion rule asks for. */
    public boolean completedOrPassed() {
        return "passed".equals(successStatus) || "completed".equals(completionStatus) && !"failed".equals(successStatus);
    }

    public Long getId() {
        return id;
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

    public UUID getRegistration() {
        return registration;
    }

    public String getActivityId() {
        return activityId;
    }

    public long getResourceId() {
        return resourceId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getScoId() {
        return scoId;
    }

    public int getNumber() {
        return number;
    }

    public ScormVersion getVersion() {
        return ScormVersion.ofCode(scormVersion);
    }

    public String getCompletionStatus() {
        return completionStatus;
    }

    public String getSuccessStatus() {
        return successStatus;
    }

    public Double getScoreScaled() {
        return scoreScaled;
    }

    public double getTotalSeconds() {
        return totalSeconds;
    }

    public int getSessions() {
        return sessions;
    }

    public boolean isSessionOpen() {
        return sessionOpen;
    }

    public Long getSessionLaunch() {
        return sessionLaunch;
    }

    public String getLastExit() {
        return lastExit;
    }

    public boolean isClosed() {
        return closed;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
