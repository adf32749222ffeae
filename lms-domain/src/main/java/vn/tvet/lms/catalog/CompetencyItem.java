package vn.tvet.lms.catalog;

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

/** A unit of competency, an element or a performance criterion in one version of a framework. */
@Entity
@Table(name = "competency_item")
public class CompetencyItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id", nullable = false)
    private CompetencyFramework framework;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private CompetencyItem parent;

    @Column(nullable = false, length = 100)
    private String identifier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CompetencyKind kind;

    @Column(nullable = false, length = 60)
    private String code;

    @Column(nullable = false, length = 2000)
    private String statement;

    @Column(name = "skill_level")
    private Integer skillLevel;

    @Column(nullable = false)
    private int position;

    /** The CFItemType another CASE server gave the item; null for our own types. */
    @Column(name = "source_item_type", length = 100)
    private String sourceType;

    protected CompetencyItem() {
        // for JPA
    }

    CompetencyItem(CompetencyFramework framework, CompetencyItem parent, FrameworkDraft.Item item) {
        this.framework = framework;
        this.parent = parent;
        this.identifier = item.identifier();
        this.kind = item.kind();
        this.code = item.code();
        this.statement = item.statement();
        this.skillLevel = item.skillLevel();
        this.position = item.position();
        this.sourceType = item.sourceType();
    }

    /** How deep in the tree: 0 for units, 1 for elements, 2 for criteria. */
    public int getDepth() {
        return kind.ordinal();
    }

    public Long getId() {
        return id;
    }

    public CompetencyFramework getFramework() {
        return framework;
    }

    public CompetencyItem getParent() {
        return parent;
    }

    public String getIdentifier() {
        return identifier;
    }

    public CompetencyKind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public String getStatement() {
        return statement;
    }

    public Integer getSkillLevel() {
        return skillLevel;
    }

    public int getPosition() {
        return position;
    }

    public String getSourceType() {
        return sourceType;
    }
}
