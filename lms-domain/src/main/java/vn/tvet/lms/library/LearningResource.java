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
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.catalog.TrainingLevel;
import vn.tvet.lms.institution.Institution;
import vn.tvet.lms.library.WorkflowViolationException.Reason;
import vn.tvet.lms.library.packaging.UnpackedPackage;
import vn.tvet.lms.storage.StoredBlob;

/**
 * A learning resource (học liệu) in the shared library: its description, the files it has had
 * ({@link ResourceVersion}s, never lost), who may see it ({@link SharingScope}) and where it is in review.
 *
 * <p>The workflow: an author drafts, adds files, and submits; the reviewer for the scope (the owner
 * school's admin for school scope, a network library admin for network and public scope) approves with a
 * note or sends it back with a reason; a published resource can be retired. Private resources are never
 * reviewed: they are the author's own. Every step is recorded in the history.
 *
 * <p>Once published, what could mislead its audience (the title, the type, the link, the licence and the
 * files) changes only through review: such an edit becomes a pending revision ({@link RevisionStatus}) that the
 * same reviewers approve, and until then everyone but the author, the school's admins and the reviewers keeps
 * seeing the approved values and files ({@link #publishedVersion}). Corrections that cannot mislead
 * (description, keywords, occupations, level, language) apply at once and are kept in the history.
 *
 * <p>Visibility ({@link #isVisibleTo}) is the single rule the library screens and search follow: the
 * author always; a reviewer while it waits for them; once published, the audience of its scope.
 */
@Entity
@Table(name = "learning_resource")
public class LearningResource {

    /** The longest review note or reason kept (the history column's size); the form says so too. */
    public static final int MAX_NOTE_LENGTH = 2000;

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

    /** How many of the versions the reviewers approved: the newest of them is what the audience gets. */
    @Column(name = "published_versions", nullable = false)
    private int publishedVersions;

    /** Versions up to this number were approved or withdrawn by the author; later ones wait for review. */
    @Column(name = "settled_versions", nullable = false)
    private int settledVersions;

    @Enumerated(EnumType.STRING)
    @Column(name = "revision_status", length = 10)
    private RevisionStatus revisionStatus;

    @Column(name = "pending_title", length = 300)
    private String pendingTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "pending_type", length = 20)
    private ResourceType pendingType;

    @Column(name = "pending_link_url", length = 2000)
    private String pendingLinkUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "pending_licence", length = 24)
    private Licence pendingLicence;

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

    /**
     * Changes the description. Scope can change only while drafting, since the review approved an audience. On a
     * published resource, a changed title, type, link or licence becomes a pending revision; see the class comment.
     */
    public void describe(ResourceDetails details, Person actor, Instant now) {
        refuseIf(status == ResourceStatus.RETIRED, HistoryAction.EDITED, Reason.WRONG_STATUS);
        refuseIf(details.scope() != scope && status != ResourceStatus.DRAFT, HistoryAction.EDITED, Reason.WRONG_STATUS);
        refuseIf(revisionStatus == RevisionStatus.SUBMITTED, HistoryAction.EDITED, Reason.WRONG_STATUS);
        String replaced = workingDetails().changesTo(details);
        if (replaced.isEmpty()) {
            return;
        }
        if (status == ResourceStatus.PUBLISHED) {
            applyUnreviewed(details);
            ResourceType newType = details.type();
            String newLink = newType == ResourceType.LINK ? blankToNull(details.linkUrl()) : null;
            boolean reviewedChange = !details.title().strip().equals(title) || newType != type
                    || !java.util.Objects.equals(newLink, linkUrl) || details.licence() != licence;
            if (reviewedChange) {
                pendingTitle = details.title().strip();
                pendingType = newType;
                pendingLinkUrl = newLink;
                pendingLicence = details.licence();
                revisionStatus = RevisionStatus.DRAFT;
            } else {
                clearPendingDetails();
                if (pendingVersions().isEmpty()) {
                    revisionStatus = null;
                }
            }
        } else {
            apply(details);
        }
        record(actor, HistoryAction.EDITED, replaced.length() > 2000 ? replaced.substring(0, 1999) + "…" : replaced, now);
    }

    /**
     * Refuses a new file while the resource waits for review (the reviewer must see what was submitted), once
     * it is retired, or when it is a link. Checked before the upload streams, and again when it is recorded.
     */
    public void checkCanAddVersion() {
        refuseIf(status == ResourceStatus.RETIRED || status == ResourceStatus.SUBMITTED
                || revisionStatus == RevisionStatus.SUBMITTED, HistoryAction.VERSION_ADDED, Reason.WRONG_STATUS);
        refuseIf(!workingType().hasFile(), HistoryAction.VERSION_ADDED, Reason.NO_CONTENT);
    }

    /** Whether the viewer may add a file now: an editor, while {@link #checkCanAddVersion} would not refuse it. */
    public boolean mayAddVersion(Viewer viewer) {
        return mayEdit(viewer) && status != ResourceStatus.RETIRED && status != ResourceStatus.SUBMITTED
                && revisionStatus != RevisionStatus.SUBMITTED && workingType().hasFile();
    }

    /** Adds a file as the newest version; earlier versions stay. */
    public ResourceVersion addVersion(StoredBlob blob, String fileName, String mimeType, String note, Person actor,
            Instant now) {
        checkCanAddVersion();
        ResourceVersion version = new ResourceVersion(this, versions.size() + 1, blob, fileName, mimeType, note,
                actor, now);
        versions.add(version);
        if (status == ResourceStatus.PUBLISHED) {
            // The audience keeps the approved file until the reviewers approve this one.
            revisionStatus = RevisionStatus.DRAFT;
        }
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
                || type == ResourceType.CMI5_PACKAGE || type == ResourceType.SIMULATION;
    }

    /**
     * What keeps the resource, as its editor sees it now, from going to review: no file or link yet, or a
     * licence that cannot go beyond the school for a network review. Empty when it may go; pages disable the
     * button and say why instead of asking for a confirmation that ends in a refusal.
     */
    public Optional<Reason> reviewBlocker() {
        if (workingType().hasFile() ? versions.isEmpty() : workingLinkUrl() == null) {
            return Optional.of(Reason.NO_CONTENT);
        }
        if (scope.reviewedByNetwork() && !workingLicence().shareableBeyondOwner()) {
            return Optional.of(Reason.LICENCE_NOT_SHAREABLE);
        }
        return Optional.empty();
    }

    public void submit(Person actor, Instant now) {
        refuseIf(status != ResourceStatus.DRAFT, HistoryAction.SUBMITTED, Reason.WRONG_STATUS);
        refuseIf(!scope.needsReview(), HistoryAction.SUBMITTED, Reason.PRIVATE_SCOPE);
        Optional<Reason> blocked = reviewBlocker();
        refuseIf(blocked.isPresent(), HistoryAction.SUBMITTED, blocked.orElse(null));
        status = ResourceStatus.SUBMITTED;
        record(actor, HistoryAction.SUBMITTED, null, now);
    }

    public void approve(Viewer reviewer, Person actor, String note, Instant now) {
        checkNote(note, HistoryAction.APPROVED);
        refuseIf(status != ResourceStatus.SUBMITTED, HistoryAction.APPROVED, Reason.WRONG_STATUS);
        refuseIf(!mayReview(reviewer), HistoryAction.APPROVED, Reason.NOT_ALLOWED);
        status = ResourceStatus.PUBLISHED;
        publishedVersions = versions.size();
        settledVersions = versions.size();
        record(actor, HistoryAction.APPROVED, blankToNull(note), now);
    }

    /** Sends a prepared change of a published resource to its reviewers. */
    public void submitRevision(Person actor, Instant now) {
        refuseIf(status != ResourceStatus.PUBLISHED || revisionStatus != RevisionStatus.DRAFT, HistoryAction.SUBMITTED,
                Reason.WRONG_STATUS);
        Optional<Reason> blocked = reviewBlocker();
        refuseIf(blocked.isPresent(), HistoryAction.SUBMITTED, blocked.orElse(null));
        revisionStatus = RevisionStatus.SUBMITTED;
        record(actor, HistoryAction.SUBMITTED, "revision", now);
    }

    /** The reviewers accept the change: from now on the audience sees it. */
    public void approveRevision(Viewer reviewer, Person actor, String note, Instant now) {
        checkNote(note, HistoryAction.APPROVED);
        refuseIf(revisionStatus != RevisionStatus.SUBMITTED, HistoryAction.APPROVED, Reason.WRONG_STATUS);
        refuseIf(!mayReview(reviewer), HistoryAction.APPROVED, Reason.NOT_ALLOWED);
        title = workingTitle();
        type = workingType();
        linkUrl = workingLinkUrl();
        licence = workingLicence();
        if (!pendingVersions().isEmpty()) {
            publishedVersions = versions.size();
        }
        settledVersions = versions.size();
        clearPendingDetails();
        revisionStatus = null;
        record(actor, HistoryAction.APPROVED, blankToNull(note), now);
    }

    /**
     * The author withdraws a pending change: the details go back to the approved ones. Files added for it stay
     * in the version list, as every file ever added does, but are not published.
     */
    public void discardRevision(Person actor, Instant now) {
        refuseIf(revisionStatus == null, HistoryAction.REVISION_DISCARDED, Reason.WRONG_STATUS);
        clearPendingDetails();
        settledVersions = versions.size();
        revisionStatus = null;
        record(actor, HistoryAction.REVISION_DISCARDED, null, now);
    }

    /**
     * The reviewers return a submitted draft, or a published resource's submitted change, to its author with a
     * reason; for a change, the audience keeps the approved item.
     */
    public void sendBack(Viewer reviewer, Person actor, String reason, Instant now) {
        checkNote(reason, HistoryAction.SENT_BACK);
        boolean revision = revisionStatus == RevisionStatus.SUBMITTED;
        refuseIf(!revision && status != ResourceStatus.SUBMITTED, HistoryAction.SENT_BACK, Reason.WRONG_STATUS);
        refuseIf(!mayReview(reviewer), HistoryAction.SENT_BACK, Reason.NOT_ALLOWED);
        refuseIf(blankToNull(reason) == null, HistoryAction.SENT_BACK, Reason.REASON_REQUIRED);
        if (revision) {
            revisionStatus = RevisionStatus.DRAFT;
        } else {
            status = ResourceStatus.DRAFT;
        }
        record(actor, HistoryAction.SENT_BACK, reason.strip(), now);
    }

    /** Takes a published resource out of the library; its versions and history stay for the record. */
    public void retire(Viewer viewer, Person actor, String note, Instant now) {
        checkNote(note, HistoryAction.RETIRED);
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

    /**
     * Whether every member of the school may open the resource: published to the public, the network, or that
     * school itself. What a school's modules may point at.
     */
    public boolean isOpenToSchool(long schoolId) {
        return status == ResourceStatus.PUBLISHED && switch (scope) {
            case PUBLIC, NETWORK -> true;
            case SCHOOL -> owner.getId() == schoolId;
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

    /**
     * Whether the viewer may read the edit history and the reviewers' notes: the author, the owner school's
     * admins and the reviewers of the scope. Others see only the published item; replaced values and review
     * notes are internal to the school and the review.
     */
    public boolean mayReadHistory(Viewer viewer) {
        return isAuthor(viewer) || viewer.administeredSchools().contains(owner.getId()) || mayReview(viewer)
                || viewer.libraryAdmin();
    }

    public boolean isAuthor(Viewer viewer) {
        return viewer.personId() != null && viewer.personId().equals(author.getId());
    }

    /** The newest file, approved or not: what the author and the reviewers work on. */
    public Optional<ResourceVersion> latestVersion() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /**
     * The newest file the audience gets: the newest approved one once the resource has been published (files added
     * since wait for review), the newest one before that (only the author and reviewers see it then).
     */
    public Optional<ResourceVersion> publishedVersion() {
        if (status == ResourceStatus.DRAFT || status == ResourceStatus.SUBMITTED) {
            return latestVersion();
        }
        return publishedVersions == 0 ? Optional.empty() : Optional.of(versions.get(publishedVersions - 1));
    }

    /** Whether the viewer works on the resource's pending state: its editors and its reviewers. */
    public boolean seesPendingChanges(Viewer viewer) {
        return mayEdit(viewer) || mayReview(viewer);
    }

    /** The file the reviewers look at: a pending one if the revision brings one, else the published one. */
    private Optional<ResourceVersion> workingVersion() {
        return pendingVersions().isEmpty() ? publishedVersion() : latestVersion();
    }

    /** The newest file this viewer may get: pending files only for editors and reviewers. */
    public Optional<ResourceVersion> latestVersionFor(Viewer viewer) {
        return seesPendingChanges(viewer) ? workingVersion() : publishedVersion();
    }

    /** Whether this viewer may get this version: every version for editors and reviewers, approved ones for others. */
    public boolean isVersionVisibleTo(ResourceVersion version, Viewer viewer) {
        return seesPendingChanges(viewer) || status == ResourceStatus.DRAFT || status == ResourceStatus.SUBMITTED
                || version.getNumber() <= publishedVersions;
    }

    /** The versions this viewer may list and get: all for editors and reviewers, the approved ones for others. */
    public List<ResourceVersion> versionsFor(Viewer viewer) {
        return versions.stream().filter(version -> isVersionVisibleTo(version, viewer)).toList();
    }

    /** Files added to a published resource that wait for review. */
    public List<ResourceVersion> pendingVersions() {
        return status == ResourceStatus.PUBLISHED ? List.copyOf(versions.subList(Math.min(settledVersions, versions.size()),
                versions.size())) : List.of();
    }

    public RevisionStatus getRevisionStatus() {
        return revisionStatus;
    }

    public boolean isRevisionPending() {
        return revisionStatus != null;
    }

    public String workingTitle() {
        return pendingTitle != null ? pendingTitle : title;
    }

    public ResourceType workingType() {
        return pendingType != null ? pendingType : type;
    }

    public String workingLinkUrl() {
        return pendingType != null ? pendingLinkUrl : linkUrl;
    }

    public Licence workingLicence() {
        return pendingLicence != null ? pendingLicence : licence;
    }

    /** The details with any pending change, for the author's edit form. */
    public ResourceDetails workingDetails() {
        return new ResourceDetails(workingTitle(), description, workingType(), occupationCodes, level, language,
                workingLicence(), keywords, workingLinkUrl(), scope);
    }

    /** The corrections that cannot mislead, applied to a published resource without review. */
    private void applyUnreviewed(ResourceDetails details) {
        description = blankToNull(details.description());
        occupationCodes.clear();
        occupationCodes.addAll(details.occupationCodes());
        level = details.level();
        language = details.language();
        keywords.clear();
        details.keywords().forEach(keyword -> keywords.add(keyword.strip()));
    }

    private void clearPendingDetails() {
        pendingTitle = null;
        pendingType = null;
        pendingLinkUrl = null;
        pendingLicence = null;
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

    /** Refuses a person's note that would not fit, before anything changes. */
    private void checkNote(String note, HistoryAction step) {
        refuseIf(note != null && note.strip().length() > MAX_NOTE_LENGTH, step, Reason.TOO_LONG);
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
