package vn.tvet.lms.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.tvet.lms.library.LearningResource;
import vn.tvet.lms.library.LibraryReading;
import vn.tvet.lms.library.PersonalCollection;
import vn.tvet.lms.library.ResourceHistoryEntry;
import vn.tvet.lms.library.ResourceNotFoundException;
import vn.tvet.lms.library.ResourceReview;
import vn.tvet.lms.library.ResourceStatus;
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

    private String id;
    private long resourceId;
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
        return isEditable() && resource.getType().hasFile() && (resource.getStatus() == ResourceStatus.DRAFT
                || resource.getStatus() == ResourceStatus.PUBLISHED);
    }

    public boolean isSubmittable() {
        return isEditable() && resource.getStatus() == ResourceStatus.DRAFT && resource.getScope().needsReview();
    }

    public boolean isReviewable() {
        return resource.getStatus() == ResourceStatus.SUBMITTED && resource.mayReview(viewer());
    }

    public boolean isRetirable() {
        return resource.getStatus() == ResourceStatus.PUBLISHED
                && (resource.isAuthor(viewer()) || resource.mayReview(viewer()));
    }

    /** What the preview shows, from the latest version's media type. */
    public String getPreviewKind() {
        if (resource.latestVersion().map(ResourceVersion::isPackage).orElse(false)) {
            return "package";
        }
        if (resource.getType() == ResourceType.MODEL_3D && resource.latestVersion().isPresent()) {
            return "model";
        }
        return resource.latestVersion().map(ResourceVersion::getMimeType).map(type -> {
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
            return "download";
        }).orElse("none");
    }

    /** Where the sandboxed player starts: the latest package version's entry point. */
    public String getPlayUrl() {
        ResourceVersion latest = resource.latestVersion().orElseThrow();
        return "/library/play/" + resource.getId() + "/" + latest.getNumber() + "/" + latest.getEntryPoint();
    }

    /** Files larger than this go up in resumable chunks of this size. */
    public int getUploadChunkBytes() {
        return settings.uploadChunkBytes();
    }

    public String getAcceptedExtensions() {
        return String.join(",", UploadRules.allowedExtensions(resource.getType()).stream().map(e -> "." + e).sorted()
                .toList());
    }

    public List<ResourceVersion> getVersionsNewestFirst() {
        return newestFirst(resource.getVersions());
    }

    public List<ResourceHistoryEntry> getHistoryNewestFirst() {
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
