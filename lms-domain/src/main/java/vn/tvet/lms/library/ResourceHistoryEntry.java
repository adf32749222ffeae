package vn.tvet.lms.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.tvet.lms.account.Person;

/** One recorded step in a resource's life: who did what, when, and with which note. */
@Entity
@Table(name = "resource_history")
public class ResourceHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resource_id", nullable = false)
    private LearningResource resource;

    @Column(name = "happened_at", nullable = false)
    private Instant at;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id", nullable = false)
    private Person actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HistoryAction action;

    @Column(length = 2000)
    private String note;

    protected ResourceHistoryEntry() {
        // for JPA
    }

    ResourceHistoryEntry(LearningResource resource, Instant at, Person actor, HistoryAction action, String note) {
        this.resource = resource;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public Person getActor() {
        return actor;
    }

    public HistoryAction getAction() {
        return action;
    }

    public String getNote() {
        return note;
    }
}
