package vn.tvet.lms.scorm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import vn.tvet.lms.account.Viewer;

/**
 * One opening of a package from a lesson step. The content origin's URL carries a random token that stands for
 * this learner, step and attempt only (kept as its SHA-256), so the package's frame can commit without any cookie
 * of the application. It expires; each opening of the runtime page counts, and commits carry a sequence so a
 * resent one changes nothing.
 */
@Entity
@Table(name = "content_launch")
public class ContentLaunch {

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

    @Column(name = "step_index", nullable = false, updatable = false)
    private int stepIndex;

    @Column(name = "sco_id", nullable = false, updatable = false, length = 255)
    private String scoId;

    @Column(name = "attempt_id")
    private Long attemptId;

    @Column(nullable = false)
    private int opened;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected ContentLaunch() {
        // for JPA
    }

    ContentLaunch(String tokenSha256, long schoolId, long personId, long classId, int stepIndex, String scoId,
            long attemptId, Instant now, Instant expiresAt) {
        this.tokenSha256 = tokenSha256;
        this.schoolId = schoolId;
        this.personId = personId;
        this.classId = classId;
        this.stepIndex = stepIndex;
        this.scoId = scoId;
        this.attemptId = attemptId;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** The learner as the launch lets them act: in this school only, with no other role. */
    public Viewer learner() {
        return new Viewer(personId, Set.of(schoolId), Set.of(), false);
    }

    /** The runtime page opened (again): commits from earlier openings are refused from now on. */
    int open() {
        lastSequence = 0;
        return ++opened;
    }

    /** Whether the commit is new for this opening (false: a resent one, already stored). */
    boolean accept(long sequence) {
        if (sequence <= lastSequence) {
            return false;
        }
        lastSequence = sequence;
        return true;
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
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

    public int getStepIndex() {
        return stepIndex;
    }

    public String getScoId() {
        return scoId;
    }

    public Long getAttemptId() {
        return attemptId;
    }

    public int getOpened() {
        return opened;
    }
}
