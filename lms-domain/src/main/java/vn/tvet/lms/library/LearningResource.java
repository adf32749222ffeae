package vn.tvet.lms.library;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.catalog.TrainingLevel;
import vn.tvet.lms.institution.Institution;
import vn.tvet.lms.library.WorkflowViolationException.Reason;

/**
 * A learning resource (học liệu) in the shared library: its description, the files it has had
 * ({@link ResourceVersion}s, never lost), who may see it ({@link SharingScope}) and where it is in review.
 *
 * <p>The workflow: an author drafts, adds files, and submits; the reviewer for the scope (the owner
 * school's admin for school scope, a network library admin for network and public scope) approves with a
 * note or sends it back with a reason; a published resource can be retired. Private resources are never
 * reviewed: they are the author's own. Every step is recorded in the history.
 *
 * <p>Visibility ({@link #isVisibleTo}) is the single rule the library screens and search follow: the
 * author always; a reviewer while it waits for them; once published, the audience of its scope.
 */
@Entity
@Table(name = "learning_resource")
public class LearningResource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long revision;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private Institution owner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private Person author;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 10_000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ResourceType type;

    @ElementCollection
    @CollectionTable(name = "resource_occupation", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "occupation_code", length = 20)
    private Set<String> occupationCodes = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "training_level", length = 20)
    private TrainingLevel level;

    @Column(nullable = false, length = 8)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Licence licence;

    @ElementCollection
    @CollectionTable(name = "resource_keyword", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "keyword", length = 60)
    private Set<String> keywords = new TreeSet<>();

    @Column(name = "link_url", length = 2000)
    private String linkUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SharingScope scope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ResourceStatus status = ResourceStatus.DRAFT;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "resource", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<ResourceVersion> versions = new ArrayList<>();

    @OneToMany(mappedBy = "resource", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<ResourceHistoryEntry> history = new ArrayList<>();

    protected LearningResource() {
        // for JPA
    }

    private LearningResource(Institution owner, Person author, Instant now) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.author = Objects.requireNonNull(author, "author");
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A new draft owned by the author's school. */
    public static LearningResource draft(Institution owner, Person author, ResourceDetails details, Instant now) {
        LearningResource resource = new LearningResource(owner, author, now);
        resource.apply(details);
        resource.record(author, HistoryAction.CREATED, null, now);
        return resource;
    }

    /** Changes the description. Scope can change only while drafting, since the review approved an audience. */
    public void describe(ResourceDetails details, Person actor, Instant now) {
        refuseIf(status == ResourceStatus.RETIRED, HistoryAction.EDITED, Reason.WRONG_STATUS);
        refuseIf(details.scope() != scope && status != ResourceStatus.DRAFT, HistoryAction.EDITED, Reason.WRONG_STATUS);
        String replaced = details().changesTo(details);
        if (replaced.isEmpty()) {
            return;
        }
        apply(details);
        record(actor, HistoryAction.EDITED, replaced.length() > 2000 ? replaced.substring(0, 1999) + "…" : replaced, now);
    }

    /**
     * Refuses a new file while the resource waits for review (the reviewer must see what was submitted), once
     * it is retired, or when it is a link. Checked before the upload streams, and again when it is recorded.
     */
    public void checkCanAddVersion() {
        refuseIf(status == ResourceStatus.RETIRED || status == ResourceStatus.SUBMITTED, HistoryAction.VERSION_ADDED,
                Reason.WRONG_STATUS);
        refuseIf(!type.hasFile(), HistoryAction.VERSION_ADDED, Reason.NO_CONTENT);
    }

    /** Adds a file as the newest version; earlier versions stay. */
    public ResourceVersion addVersion(StoredBlob blob, String fileName, String mimeType, String note, Person actor,
            Instant now) {
        checkCanAddVersion();
        ResourceVersion version = new ResourceVersion(this, versions.size() + 1, blob, fileName, mimeType, note,
                actor, now);
        versions.add(version);
        record(actor, HistoryAction.VERSION_ADDED, "v" + version.getNumber() + " " + version.getFileName(), now);
        return version;
    }

    /** Adds an unpacked package as the newest version: the archive itself and every file in it. */
    public ResourceVersion addPackageVersion(StoredBlob archive, String fileName, UnpackedPackage contents, String note,
            Person actor, Instant now) {
        ResourceVersion version = addVersion(archive, fileName, "application/zip", note, actor, now);
        version.unpacked(contents);
        return version;
    }

    /** Whether files of this type are packages to unpack and play rather than files to show. */
    public static boolean isPackageType(ResourceType type) {
        return type == ResourceType.HTML5_PACKAGE || type == ResourceType.SCORM_PACKAGE
                || type == ResourceType.SIMULATION;
    }

    public void submit(Person actor, Instant now) {
        refuseIf(status != ResourceStatus.DRAFT, HistoryAction.SUBMITTED, Reason.WRONG_STATUS);
        refuseIf(!scope.needsReview(), HistoryAction.SUBMITTED, Reason.PRIVATE_SCOPE);
        refuseIf(type.hasFile() ? versions.isEmpty() : linkUrl == null, HistoryAction.SUBMITTED, Reason.NO_CONTENT);
        refuseIf(scope.reviewedByNetwork() && !licence.shareableBeyondOwner(), HistoryAction.SUBMITTED,
                Reason.LICENCE_NOT_SHAREABLE);
        status = ResourceStatus.SUBMITTED;
        record(actor, HistoryAction.SUBMITTED, null, now);
    }

    public void approve(Viewer reviewer, Person actor, String note, Instant now) {
        refuseIf(status != ResourceStatus.SUBMITTED, HistoryAction.APPROVED, Reason.WRONG_STATUS);
        refuseIf(!mayReview(reviewer), HistoryAction.APPROVED, Reason.NOT_ALLOWED);
        status = ResourceStatus.PUBLISHED;
        record(actor, HistoryAction.APPROVED, blankToNull(note), now);
    }

    public void sendBack(Viewer reviewer, Person actor, String reason, Instant now) {
        refuseIf(status != ResourceStatus.SUBMITTED, HistoryAction.SENT_BACK, Reason.WRONG_STATUS);
        refuseIf(!mayReview(reviewer), HistoryAction.SENT_BACK, Reason.NOT_ALLOWED);
        refuseIf(blankToNull(reason) == null, HistoryAction.SENT_BACK, Reason.REASON_REQUIRED);
        status = ResourceStatus.DRAFT;
        record(actor, HistoryAction.SENT_BACK, reason.strip(), now);
    }

    /** Takes a published resource out of the library; its versions and history stay for the record. */
    public void retire(Viewer viewer, Person actor, String note, Instant now) {
        refuseIf(status != ResourceStatus.PUBLISHED, HistoryAction.RETIRED, Reason.WRONG_STATUS);
        refuseIf(!isAuthor(viewer) && !mayReview(viewer), HistoryAction.RETIRED, Reason.NOT_ALLOWED);
        status = ResourceStatus.RETIRED;
        record(actor, HistoryAction.RETIRED, blankToNull(note), now);
    }

    /** The one visibility rule; see the class comment. */
    public boolean isVisibleTo(Viewer viewer) {
        if (isAuthor(viewer)) {
            return true;
        }
        if (status == ResourceStatus.SUBMITTED) {
            return mayReview(viewer);
        }
        if (status != ResourceStatus.PUBLISHED) {
            return false;
        }
        return switch (scope) {
            case PUBLIC -> true;
            case NETWORK -> viewer.signedIn();
            case SCHOOL -> viewer.schools().contains(owner.getId());
            case PRIVATE -> false;
        };
    }

    /** Whether the viewer reviews this resource's scope: the owner school's admin, or a network library admin. */
    public boolean mayReview(Viewer viewer) {
        return scope.reviewedByNetwork() ? viewer.libraryAdmin()
                : scope == SharingScope.SCHOOL && viewer.administeredSchools().contains(owner.getId());
    }

    /** The author edits their own item; the owner school's admin may too, for when the author has left. */
    public boolean mayEdit(Viewer viewer) {
        return status != ResourceStatus.RETIRED
                && (isAuthor(viewer) || viewer.administeredSchools().contains(owner.getId()));
    }

    public boolean isAuthor(Viewer viewer) {
        return viewer.personId() != null && viewer.personId().equals(author.getId());
    }

    public Optional<ResourceVersion> latestVersion() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    private void apply(ResourceDetails details) {
        title = details.title().strip();
        description = blankToNull(details.description());
        type = details.type();
        occupationCodes.clear();
        occupationCodes.addAll(details.occupationCodes());
        level = details.level();
        language = details.language();
        licence = details.licence();
        keywords.clear();
        details.keywords().forEach(keyword -> keywords.add(keyword.strip()));
        linkUrl = type == ResourceType.LINK ? blankToNull(details.linkUrl()) : null;
        scope = details.scope();
    }

    private void record(Person actor, HistoryAction action, String note, Instant now) {
        history.add(new ResourceHistoryEntry(this, now, actor, action, note));
        updatedAt = now;
    }

    private void refuseIf(boolean refused, HistoryAction step, Reason reason) {
        if (refused) {
            throw new WorkflowViolationException(id == null ? -1 : id, status, step, reason);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public Institution getOwner() {
        return owner;
    }

    public Person getAuthor() {
        return author;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public ResourceType getType() {
        return type;
    }

    public Set<String> getOccupationCodes() {
        return Collections.unmodifiableSet(occupationCodes);
    }

    public TrainingLevel getLevel() {
        return level;
    }

    public String getLanguage() {
        return language;
    }

    public Licence getLicence() {
        return licence;
    }

    public Set<String> getKeywords() {
        return Collections.unmodifiableSet(keywords);
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public SharingScope getScope() {
        return scope;
    }

    public ResourceStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<ResourceVersion> getVersions() {
        return Collections.unmodifiableList(versions);
    }

    public List<ResourceHistoryEntry> getHistory() {
        return Collections.unmodifiableList(history);
    }

    /** The details as they stand, for an edit form to start from. */
    public ResourceDetails details() {
        return new ResourceDetails(title, description, type, occupationCodes, level, language, licence, keywords,
                linkUrl, scope);
    }
}
