package vn.tvet.lms.xapi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A launch token of content that talks to the LRS itself: one learner, one activity of a class, one registration. */
@Entity
@Table(name = "lrs_launch")
public class LrsLaunch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_sha256", nullable = false, updatable = false, length = 64, unique = true)
    private String tokenSha256;

    @Column(name = "school_id", nullable = false, updatable = false)
    private long schoolId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "class_id", nullable = false, updatable = false)
    private long classId;

    @Column(name = "activity_id", nullable = false, updatable = false, length = 500)
    private String activityId;

    @Column(nullable = false, updatable = false)
    private UUID registration;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    /** The cmi5 session whose fetch URL handed the token out; the token dies with the session. */
    @Column(name = "cmi5_session", updatable = false)
    private Long cmi5Session;

    protected LrsLaunch() {
        // for JPA
    }

    LrsLaunch(String tokenSha256, long schoolId, long personId, long classId, String activityId, UUID registration,
            Instant now, Instant expiresAt) {
        this.tokenSha256 = tokenSha256;
        this.schoolId = schoolId;
        this.personId = personId;
        this.classId = classId;
        this.activityId = activityId;
        this.registration = registration;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    LrsLaunch forSession(long session) {
        this.cmi5Session = session;
        return this;
    }

    public Long getCmi5Session() {
        return cmi5Session;
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public long getSchoolId() {
        return schoolId;
    }

    public long getPersonId() {
        return personId;
    }

    public String getActivityId() {
        return activityId;
    }

    public UUID getRegistration() {
        return registration;
    }
}
