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
import java.util.UUID;
import vn.tvet.lms.account.Person;

/**
 * A learner's place in a class. Withdrawing marks the row instead of deleting it, so the learner's record in
 * the class stays; enrolling them again reopens the same row.
 */
@Entity
@Table(name = "class_enrolment")
public class ClassEnrolment {

    /** Twice the time again (three times in all) is the most a teacher grants here. */
    public static final int MAX_EXTRA_TIME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id", nullable = false, updatable = false)
    private SchoolClass schoolClass;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person learner;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    /** Null when the learner joined with the class key. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enrolled_by")
    private Person enrolledBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "withdrawn_by")
    private Person withdrawnBy;

    /** More time for the learner's timed quizzes, in percent of each limit (0 to {@link #MAX_EXTRA_TIME}). */
    @Column(name = "extra_time_percent", nullable = false)
    private int extraTimePercent;

    /** The enrolment in another class of the module the learner was moved from; what they completed there counts. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "carried_from")
    private ClassEnrolment carriedFrom;

    /** The xAPI registration that ties the learner's statements to this class. */
    @Column(nullable = false, updatable = false, unique = true)
    private UUID registration = UUID.randomUUID();

    protected ClassEnrolment() {
        // for JPA
    }

    ClassEnrolment(SchoolClass schoolClass, Person learner, Person enrolledBy, Instant now) {
        this.schoolClass = schoolClass;
        this.learner = learner;
        this.enrolledBy = enrolledBy;
        this.enrolledAt = now;
    }

    public boolean isActive() {
        return withdrawnAt == null;
    }

    /** Withdraws the learner; false if they had already left. */
    boolean withdraw(Person by, Instant now) {
        if (!isActive()) {
            return false;
        }
        withdrawnAt = now;
        withdrawnBy = by;
        return true;
    }

    /** Takes a withdrawn learner back; false if they are still in the class. */
    boolean rejoin(Person by, Instant now) {
        if (isActive()) {
            return false;
        }
        withdrawnAt = null;
        withdrawnBy = null;
        enrolledBy = by;
        enrolledAt = now;
        return true;
    }

    /** The learner came from {@code earlier} (another class of the module) and brings what they completed there. */
    void carryFrom(ClassEnrolment earlier) {
        if (earlier != this) {
            carriedFrom = earlier;
        }
    }

    public ClassEnrolment getCarriedFrom() {
        return carriedFrom;
    }

    /** Grants the learner extra time on timed quizzes; 0 takes it away. */
    void allowExtraTime(int percent) {
        if (percent < 0 || percent > MAX_EXTRA_TIME) {
            throw new ClassRuleException(ClassRuleException.Reason.BAD_EXTRA_TIME, percent + " %");
        }
        extraTimePercent = percent;
    }

    /** The quiz time limit for this learner: {@code minutes} and their extra time, rounded up; null stays null. */
    public Integer timeLimitFor(Integer minutes) {
        return minutes == null ? null : (int) Math.ceil(minutes * (100 + extraTimePercent) / 100.0);
    }

    public int getExtraTimePercent() {
        return extraTimePercent;
    }

    public Long getId() {
        return id;
    }

    public SchoolClass getSchoolClass() {
        return schoolClass;
    }

    public Person getLearner() {
        return learner;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public Person getEnrolledBy() {
        return enrolledBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public Person getWithdrawnBy() {
        return withdrawnBy;
    }

    public UUID getRegistration() {
        return registration;
    }
}
