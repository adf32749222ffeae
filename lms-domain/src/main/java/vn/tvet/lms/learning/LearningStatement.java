package vn.tvet.lms.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One statement of the learning record. The JSON is the statement as stored (immutable); the columns beside it
 * are the parts queries select on. Voiding (a later statement) only sets {@link #voided}. Rows are written by
 * {@link LearningRecord} (an insert that a retried request cannot repeat), never through the persistence context.
 */
@Entity
@Table(name = "learning_statement")
public class LearningStatement {

    @Id
    private UUID id;

    @Column(insertable = false, updatable = false)
    private Long seq;

    @Column(name = "school_id", updatable = false)
    private Long schoolId;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(name = "verb_id", nullable = false, updatable = false, length = 300)
    private String verbId;

    @Column(name = "activity_id", updatable = false, length = 2000)
    private String activityId;

    @Column(updatable = false)
    private UUID registration;

    /** Read as text; written only by {@link LearningRecord}'s insert, which casts it to jsonb. */
    @Column(nullable = false, insertable = false, updatable = false, columnDefinition = "jsonb")
    private String statement;

    @Column(name = "timestamp_at", nullable = false, updatable = false)
    private Instant timestamp;

    @Column(name = "stored_at", nullable = false, updatable = false)
    private Instant stored;

    @Column(nullable = false)
    private boolean voided;

    protected LearningStatement() {
        // for JPA
    }

    public UUID getId() {
        return id;
    }

    public Long getSeq() {
        return seq;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getVerbId() {
        return verbId;
    }

    public String getActivityId() {
        return activityId;
    }

    public UUID getRegistration() {
        return registration;
    }

    /** The statement's JSON as stored. */
    public String getStatement() {
        return statement;
    }

    public Instant getTimestamp() {
        return timestamp;
    }

    public Instant getStored() {
        return stored;
    }

    public boolean isVoided() {
        return voided;
    }
}
