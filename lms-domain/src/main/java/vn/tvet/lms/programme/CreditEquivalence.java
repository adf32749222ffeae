package vn.tvet.lms.programme;

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

/**
 * A credit-transfer equivalence (liên thông): two modules or subjects, of different programmes and possibly
 * different schools, where a learner's result in one counts for the other. It holds both ways, so the pair
 * is stored once, lower id first.
 */
@Entity
@Table(name = "credit_equivalence")
public class CreditEquivalence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private ProgrammeCourse course;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "equivalent_course_id", nullable = false, updatable = false)
    private ProgrammeCourse equivalentCourse;

    @Column(length = 1000)
    private String note;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recorded_by", nullable = false, updatable = false)
    private Person recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected CreditEquivalence() {
        // for JPA
    }

    CreditEquivalence(ProgrammeCourse one, ProgrammeCourse other, String note, Person recordedBy, Instant now) {
        if (one.getId().equals(other.getId())) {
            throw new ProgrammeRuleException(ProgrammeRuleException.Reason.SAME_COURSE, one.getCode());
        }
        boolean inOrder = one.getId() < other.getId();
        this.course = inOrder ? one : other;
        this.equivalentCourse = inOrder ? other : one;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    /** The course across the equivalence from the given one. */
    public ProgrammeCourse otherThan(long courseId) {
        return course.getId() == courseId ? equivalentCourse : course;
    }

    public boolean involves(long courseId) {
        return course.getId() == courseId || equivalentCourse.getId() == courseId;
    }

    public Long getId() {
        return id;
    }

    public ProgrammeCourse getCourse() {
        return course;
    }

    public ProgrammeCourse getEquivalentCourse() {
        return equivalentCourse;
    }

    public String getNote() {
        return note;
    }

    public Person getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
