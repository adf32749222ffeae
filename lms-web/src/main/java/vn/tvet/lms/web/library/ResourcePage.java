package vn.tvet.lms.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import vn.tvet.lms.library.LearningResource;
import vn.tvet.lms.library.LibraryReading;
import vn.tvet.lms.library.PersonalCollection;
import vn.tvet.lms.library.ResourceHistoryEntry;
import vn.tvet.lms.library.ResourceNotFoundException;
import vn.tvet.lms.library.ResourceReview;
import vn.tvet.lms.library.ResourceStatus;
import vn.tvet.lms.library.RevisionStatus;
import vn.tvet.lms.library.ResourceType;
import vn.tvet.lms.library.ResourceVersion;
import vn.tvet.lms.library.UploadRules;
import vn.tvet.lms.library.Viewer;
import vn.tvet.lms.library.WorkflowViolationException;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.Texts;

/**
 * The item page: preview, description, licence and attribution, versions, history, and the steps the
 * person may take (upload a new version, submit, approve or send back, retire). An id the person may not
 * see answers 404.
 */
@Named
@ViewScoped
public class ResourcePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    LibraryReading reading;

    @Inject
    ResourceReview review;

    @Inject
    PersonalCollection collection;

    @Inject
    Texts texts;

    @Inject
    LibrarySettings settings;

    /** Plain text shown in the page (as text, never as markup); other text types (HTML, SVG) are downloads. */
    private static final java.util.Set<String> TEXT_PREVIEW_TYPES = java.util.Set.of("text/plain", "text/csv",
            "text/markdown", "text/x-markdown");
    /** The first part of a text file shown in the page; the rest is in the download. */
    static final int TEXT_PREVIEW_BYTES = 256 * 1024;

    private String id;
    private long resourceId;
    private transient LibraryReading.TextStart textPreview;
    private LearningResource resource;
    private String reviewNote;
    private boolean inCollection;

    /** View action; a malformed or invisible id becomes a 404 through the exception handler. */
    public void load() {
        try {
            resourceId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw new ResourceNotFoundException(-1);
        }
        reload();
    }

    private void reload() {
        textPreview = null;
        resource = reading.item(currentUser.viewer(), resourceId);
        // Read once per load: "rendered" attributes are evaluated several times per page.
        inCollection = currentUser.isSignedIn() && collection.find(viewer(), resourceId).isPresent();
    }

    /** Keeps the published resource in the person's collection by reference. */
    public void addToCollection() {
        step(() -> collection.add(currentUser.viewer(), resourceId), "collection.added");
    }

    public boolean isCollectable() {
        return currentUser.isSignedIn() && resource.getStatus() == ResourceStatus.PUBLISHED
                && !resource.isAuthor(viewer()) && !inCollection;
    }

    public boolean isInCollection() {
        return inCollection;
    }

    public void submit() {
        step(() -> review.submit(currentUser.viewer(), resourceId), "library.submitted");
    }

    public void approve() {
        step(() -> review.approve(currentUser.viewer(), resourceId, reviewNote), "library.approved");
    }

    public void sendBack() {
        if (reviewNote == null || reviewNote.isBlank()) {
            texts.fieldError("review:note", "library.refused.REASON_REQUIRED");
            return;
        }
        step(() -> review.sendBack(currentUser.viewer(), resourceId, reviewNote), "library.sentBack");
    }

    public void discardRevision() {
        step(() -> review.discardRevision(currentUser.viewer(), resourceId), "library.revisionDiscarded");
    }

    public void retire() {
        step(() -> review.retire(currentUser.viewer(), resourceId, reviewNote), "library.retired");
    }

    private void step(Runnable action, String doneKey) {
        try {
            action.run();
            texts.info(doneKey, resource.getTitle());
            reviewNote = null;
        } catch (WorkflowViolationException e) {
            texts.error("library.refused." + e.reason());
        }
        reload();
    }

    private Viewer viewer() {
        return currentUser.viewer();
    }

    public boolean isEditable() {
        return resource.mayEdit(viewer());
    }

    public boolean isUploadAllowed() {
        return isEditable() && resource.workingType().hasFile() && (resource.getStatus() == ResourceStatus.DRAFT
                || resource.getStatus() == ResourceStatus.PUBLISHED && resource.getRevisionStatus() != RevisionStatus.SUBMITTED);
    }

    /** A draft to send for review, or a published item's prepared change. */
    public boolean isSubmittable() {
        return isEditable() && (resource.getStatus() == ResourceStatus.DRAFT && resource.getScope().needsReview()
                || resource.getRevisionStatus() == RevisionStatus.DRAFT);
    }

    public boolean isReviewable() {
        return (resource.getStatus() == ResourceStatus.SUBMITTED || resource.getRevisionStatus() == RevisionStatus.SUBMITTED)
                && resource.mayReview(viewer());
    }

    /** Whether to show the pending change of a published item: to its editors and reviewers, while there is one. */
    public boolean isRevisionShown() {
        return resource.isRevisionPending() && resource.seesPendingChanges(viewer());
    }

    public boolean isRevisionDiscardable() {
        return isEditable() && resource.getRevisionStatus() == RevisionStatus.DRAFT;
    }

    /** The newest file this person may get: a file waiting for review only for its editors and reviewers. */
    public ResourceVersion getLatest() {
        return resource.latestVersionFor(viewer()).orElse(null);
    }

    public boolean isRetirable() {
        return resource.getStatus() == ResourceStatus.PUBLISHED
                && (resource.isAuthor(viewer()) || resource.mayReview(viewer()));
    }

    /** What the preview shows, from the latest version's media type. */
    public String getPreviewKind() {
        Optional<ResourceVersion> latest = resource.latestVersionFor(viewer());
        if (latest.map(ResourceVersion::isPackage).orElse(false)) {
            return "package";
        }
        if (resource.getType() == ResourceType.MODEL_3D && latest.isPresent()) {
            return "model";
        }
        return latest.map(ResourceVersion::getMimeType).map(type -> {
            if (type.equals("application/pdf")) {
                return "pdf";
            }
            if (type.startsWith("video/")) {
                return "video";
            }
            if (type.startsWith("audio/")) {
                return "audio";
            }
            if (type.startsWith("image/") && !type.equals("image/svg+xml")) {
                return "image";
            }
            if (TEXT_PREVIEW_TYPES.contains(type)) {
                return "text";
            }
            return "download";
        }).orElse("none");
    }

    /** The start of a plain-text file, read once per load. */
    public LibraryReading.TextStart getTextPreview() {
        if (textPreview == null) {
            textPreview = reading.textStart(viewer(), resourceId, TEXT_PREVIEW_BYTES);
        }
        return textPreview;
    }

    /** Where the sandboxed player starts: the latest package version's entry point. */
    public String getPlayUrl() {
        ResourceVersion latest = resource.latestVersionFor(viewer()).orElseThrow();
        return "/library/play/" + resource.getId() + "/" + latest.getNumber() + "/" + latest.getEntryPoint();
    }

    /** Files larger than this go up in resumable chunks of this size. */
    public int getUploadChunkBytes() {
        return settings.uploadChunkBytes();
    }

    public String getAcceptedExtensions() {
        return String.join(",", UploadRules.allowedExtensions(resource.workingType()).stream().map(e -> "." + e).sorted()
                .toList());
    }

    public List<ResourceVersion> getVersionsNewestFirst() {
        return newestFirst(resource.versionsFor(viewer()));
    }

    public boolean isHistoryReadable() {
        return resource.mayReadHistory(viewer());
    }

    /** Empty for those who may not read it, so no page can show it by mistake. */
    public List<ResourceHistoryEntry> getHistoryNewestFirst() {
        if (!isHistoryReadable()) {
            return List.of();
        }
        return newestFirst(resource.getHistory());
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> copy = new java.util.ArrayList<>(oldestFirst);
        java.util.Collections.reverse(copy);
        return copy;
    }

    public String getOccupations() {
        return String.join(", ", resource.getOccupationCodes());
    }

    public String getKeywords() {
        return String.join(", ", resource.getKeywords());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public LearningResource getResource() {
        return resource;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public void setReviewNote(String reviewNote) {
        this.reviewNote = reviewNote;
    }
}
