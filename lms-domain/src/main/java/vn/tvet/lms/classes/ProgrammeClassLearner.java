package vn.tvet.lms.classes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.tvet.lms.account.Person;

/** A learner of a programme class; withdrawing marks the row, so module classes opened later skip them. */
@Entity
@Table(name = "programme_class_learner")
public class ProgrammeClassLearner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_class_id", nullable = false, updatable = false)
    private ProgrammeClass programmeClass;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person learner;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolled_by", nullable = false)
    private Person enrolledBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected ProgrammeClassLearner() {
        // for JPA
    }

    ProgrammeClassLearner(ProgrammeClass programmeClass, Person learner, Person by, Instant now) {
        this.programmeClass = programmeClass;
        this.learner = learner;
        this.enrolledBy = by;
        this.enrolledAt = now;
    }

    public boolean isActive() {
        return withdrawnAt == null;
    }

    /** Takes the learner back (false if they are in the class). */
    boolean rejoin(Person by, Instant now) {
        if (isActive()) {
            return false;
        }
        withdrawnAt = null;
        enrolledBy = by;
        enrolledAt = now;
        return true;
    }

    boolean withdraw(Instant now) {
        if (!isActive()) {
            return false;
        }
        withdrawnAt = now;
        return true;
    }

    public Long getId() {
        return id;
    }

    public ProgrammeClass getProgrammeClass() {
        return programmeClass;
    }

    public Person getLearner() {
        return learner;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
