package vn.tvet.lms.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An occupation (ngành, nghề) at one training level, by its code in the national list. Codes shipped
 * with the product are marked {@link #isSeed() seed}: they follow the national list's pattern but have not
 * been checked against the current official edition; an import by a network admin replaces that mark.
 */
@Entity
@Table(name = "occupation")
public class Occupation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TrainingLevel level;

    @Column(nullable = false)
    private boolean seed;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Occupation() {
        // for JPA
    }

    public Occupation(String code, String name, TrainingLevel level, Instant now) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.updatedAt = now;
    }

    /** Takes the name and level an import gives; imported entries are no longer seed data. */
    void replaceWith(String newName, TrainingLevel newLevel, Instant now) {
        this.name = newName;
        this.level = newLevel;
        this.seed = false;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public TrainingLevel getLevel() {
        return level;
    }

    public boolean isSeed() {
        return seed;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
