package vn.tvet.lms.courseware;

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
 * A published version of a module: its content frozen as JSON when the teacher published it. Never changed
 * or removed while its module exists, so a learner pinned to it always finds what they started.
 */
@Entity
@Table(name = "module_version")
public class ModuleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id", nullable = false, updatable = false)
    private CourseModule module;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false, length = 300)
    private String title;

    @Column(updatable = false, length = 2000)
    private String note;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String content;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "published_by", nullable = false, updatable = false)
    private Person publishedBy;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    protected ModuleVersion() {
        // for JPA
    }

    ModuleVersion(CourseModule module, int number, ModuleContent content, String note, Person publishedBy, Instant now) {
        this.module = module;
        this.number = number;
        this.title = content.title();
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.content = ModuleContentJson.write(content);
        this.publishedBy = publishedBy;
        this.publishedAt = now;
    }

    public ModuleContent content() {
        return ModuleContentJson.read(content);
    }

    public Long getId() {
        return id;
    }

    public CourseModule getModule() {
        return module;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getNote() {
        return note;
    }

    public Person getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
