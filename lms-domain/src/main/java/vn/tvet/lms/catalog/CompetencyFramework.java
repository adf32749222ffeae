package vn.tvet.lms.catalog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One version of a competency framework (tiêu chuẩn kỹ năng nghề quốc gia, or a school's own output
 * standards): a tree of units of competency, their elements and performance criteria. Versions are never
 * changed once stored; a new edition is imported as a new version under the same identifier, so
 * programmes mapped to an older version keep meaning what they meant.
 */
@Entity
@Table(name = "competency_framework")
public class CompetencyFramework {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The CASE identifier, shared by every version of the framework. */
    @Column(nullable = false, length = 100)
    private String identifier;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 40)
    private String version;

    @Column(length = 300)
    private String publisher;

    @Column(nullable = false)
    private boolean digital;

    @Column(nullable = false)
    private boolean osh;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position, id")
    private List<CompetencyItem> items = new ArrayList<>();

    protected CompetencyFramework() {
        // for JPA
    }

    /** A stored version built from a checked draft (see {@link FrameworkDraft#problems()}). */
    static CompetencyFramework of(FrameworkDraft draft, Instant now) {
        if (!draft.problems().isEmpty()) {
            throw new FrameworkFileException(draft.findProblems(), null);
        }
        CompetencyFramework framework = new CompetencyFramework();
        framework.identifier = draft.identifier();
        framework.code = draft.code();
        framework.title = draft.title();
        framework.version = draft.version();
        framework.publisher = draft.publisher();
        framework.digital = draft.digital();
        framework.osh = draft.osh();
        framework.importedAt = now;
        Map<String, CompetencyItem> byIdentifier = new HashMap<>();
        framework.addChildren(draft, null, null, byIdentifier);
        return framework;
    }

    private void addChildren(FrameworkDraft draft, String parentIdentifier, CompetencyItem parent,
            Map<String, CompetencyItem> byIdentifier) {
        for (FrameworkDraft.Item item : draft.children(parentIdentifier)) {
            CompetencyItem stored = new CompetencyItem(this, parent, item);
            items.add(stored);
            byIdentifier.put(item.identifier(), stored);
            addChildren(draft, item.identifier(), stored, byIdentifier);
        }
    }

    /** The version as a draft again, for export. */
    public FrameworkDraft toDraft() {
        return new FrameworkDraft(identifier, code, title, version, publisher, digital, osh, items.stream()
                .map(item -> new FrameworkDraft.Item(item.getIdentifier(),
                        item.getParent() == null ? null : item.getParent().getIdentifier(), item.getKind(), item.getCode(),
                        item.getStatement(), item.getSkillLevel(), item.getPosition(), item.getSourceType()))
                .toList());
    }

    /** The units, each followed by its elements and their criteria: the order the tree is read in. */
    public List<CompetencyItem> itemsInTreeOrder() {
        List<CompetencyItem> ordered = new ArrayList<>();
        appendChildren(null, ordered);
        return ordered;
    }

    private void appendChildren(CompetencyItem parent, List<CompetencyItem> ordered) {
        // By id: a lazily loaded parent may be a proxy, not the very instance in this list.
        Long parentId = parent == null ? null : parent.getId();
        items.stream().filter(item -> java.util.Objects.equals(item.getParent() == null ? null : item.getParent().getId(), parentId))
                .sorted(java.util.Comparator.comparingInt(CompetencyItem::getPosition).thenComparing(CompetencyItem::getCode))
                .forEach(item -> {
                    ordered.add(item);
                    appendChildren(item, ordered);
                });
    }

    public Long getId() {
        return id;
    }

    public String getIdentifier() {
        return identifier;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getVersion() {
        return version;
    }

    public String getPublisher() {
        return publisher;
    }

    public boolean isDigital() {
        return digital;
    }

    public boolean isOsh() {
        return osh;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public List<CompetencyItem> getItems() {
        return List.copyOf(items);
    }
}
