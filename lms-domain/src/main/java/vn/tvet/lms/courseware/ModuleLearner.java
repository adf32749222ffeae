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

/** A learner studying a module, pinned to the version they started until a teacher moves them. */
@Entity
@Table(name = "module_learner")
public class ModuleLearner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id", nullable = false, updatable = false)
    private CourseModule module;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", nullable = false)
    private ModuleVersion version;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "migrated_at")
    private Instant migratedAt;

    protected ModuleLearner() {
        // for JPA
    }

    ModuleLearner(CourseModule module, Person person, ModuleVersion version, Instant now) {
        this.module = module;
        this.person = person;
        this.version = version;
        this.startedAt = now;
    }

    /** Moves the learner to a newer version of the same module; an older or the same one changes nothing. */
    boolean migrateTo(ModuleVersion newer, Instant now) {
        if (newer.getModule() != module || newer.getNumber() <= version.getNumber()) {
            return false;
        }
        version = newer;
        migratedAt = now;
        return true;
    }

    public Long getId() {
        return id;
    }

    public CourseModule getModule() {
        return module;
    }

    public Person getPerson() {
        return person;
    }

    public ModuleVersion getVersion() {
        return version;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getMigratedAt() {
        return migratedAt;
    }
}
