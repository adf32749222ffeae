package vn.tvet.lms.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.tvet.lms.account.Person;

/** A grade a teacher gave or changed for one answer, with the reason: the history of a mark. */
@Entity
@Table(name = "quiz_mark_change")
public class QuizMarkChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempt_id", nullable = false)
    private UUID attemptId;

    @Column(nullable = false)
    private int slot;

    @Column(name = "fraction_before")
    private Double fractionBefore;

    @Column(name = "fraction_after", nullable = false)
    private double fractionAfter;

    @Column(length = 2000)
    private String reason;

    @ManyToOne(optional = false)
    @JoinColumn(name = "changed_by")
    private Person changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected QuizMarkChange() {
        // for JPA
    }

    QuizMarkChange(UUID attemptId, int slot, Double fractionBefore, double fractionAfter, String reason, Person changedBy,
            Instant changedAt) {
        this.attemptId = attemptId;
        this.slot = slot;
        this.fractionBefore = fractionBefore;
        this.fractionAfter = fractionAfter;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public int getSlot() {
        return slot;
    }

    public Double getFractionBefore() {
        return fractionBefore;
    }

    public double getFractionAfter() {
        return fractionAfter;
    }

    public String getReason() {
        return reason;
    }

    public Person getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
