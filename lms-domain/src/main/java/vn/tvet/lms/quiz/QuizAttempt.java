package vn.tvet.lms.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One learner's attempt at a quiz of a class: the sheet drawn for it, its deadline on the server's clock, and its
 * score once submitted. Answers are {@link QuizResponse} rows, saved one by one as the learner gives them.
 */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt {

    @Id
    private UUID id;

    @Column(name = "class_id", nullable = false)
    private long classId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(nullable = false)
    private UUID registration;

    @Column(name = "activity_id", nullable = false, length = 2000)
    private String activityId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, columnDefinition = "text")
    private String sheet;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "deadline_at")
    private Instant deadlineAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "auto_submitted", nullable = false)
    private boolean autoSubmitted;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttemptStatus status;

    private Double score;

    @Column(name = "max_score", nullable = false)
    private double maxScore;

    @Version
    private int version;

    protected QuizAttempt() {
        // for JPA
    }

    public UUID getId() {
        return id;
    }

    public long getClassId() {
        return classId;
    }

    public long getPersonId() {
        return personId;
    }

    public UUID getRegistration() {
        return registration;
    }

    public String getActivityId() {
        return activityId;
    }

    public int getNumber() {
        return number;
    }

    public AttemptSheet sheet() {
        return AttemptSheet.read(sheet);
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDeadlineAt() {
        return deadlineAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isAutoSubmitted() {
        return autoSubmitted;
    }

    public AttemptStatus getStatus() {
        return status;
    }

    public Double getScore() {
        return score;
    }

    public double getMaxScore() {
        return maxScore;
    }

    /** The score as a share of the most it could be (0 to 1), or null until graded. */
    public Double share() {
        return score == null || status != AttemptStatus.GRADED ? null : maxScore == 0 ? 0 : score / maxScore;
    }

    public boolean isOpen() {
        return submittedAt == null;
    }

    /** Whether the server's clock has passed the deadline. */
    public boolean isOverdue(Instant now) {
        return deadlineAt != null && !now.isBefore(deadlineAt);
    }

    void submit(Instant at, boolean automatically) {
        submittedAt = at;
        autoSubmitted = automatically;
    }

    void mark(Double total, boolean complete) {
        score = total;
        status = complete ? AttemptStatus.GRADED : AttemptStatus.AWAITING_GRADE;
    }
}
