package vn.tvet.lms.web.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.library.LearningResource;
import vn.tvet.lms.library.LibraryReading;
import vn.tvet.lms.library.ResourceHistoryEntry;
import vn.tvet.lms.library.ResourceNotFoundException;
import vn.tvet.lms.library.ResourceReview;
import vn.tvet.lms.library.ResourceStatus;
import vn.tvet.lms.library.ResourceVersion;
import vn.tvet.lms.library.RevisionStatus;
import vn.tvet.lms.library.collection.PersonalCollection;
import vn.tvet.lms.library.upload.UploadRules;
import vn.tvet.lms.web.account.Visitor;
import vn.tvet.lms.web.platform.Texts;

/**
 * The item page: preview, description, licence and attribution, versions, history, and the steps the
 * person may take (upload a new version, submit, approve or send back, retire). An id the person may not
 * see answers 404.
 *
 * <p>Request-scoped, so an anonymous reader keeps no state on the server (the page is a transient view for
 * them, and no HTTP session starts). The item comes from the {@code id} parameter: in the URL when the page
 * is opened, and in a hidden field of each form when one is posted back.
 */
@Named
@RequestScoped
public class ResourcePage {

    @Inject
    Visitor visitor;

    @Inject
    LibraryReading reading;

    @Inject
    ResourceReview review;

    @Inject
    PersonalCollection collection;

    @Inject
    Texts texts;

    @Inject
    vn.tvet.lms.web.platform.PageActions pageActions;

    @Inject
    LibrarySettings settings;

    /** The first part of a text file shown in the page; the rest is in the download. */
    public static final int TEXT_PREVIEW_BYTES = 256 * 1024;

    private String id;
    private String fromModule;
    private long resourceId;
    private LibraryReading.TextStart textPreview;
    private LearningResource resource;
    private String reviewNote;
    private boolean inCollection;

    /** View action; a malformed or invisible id becomes a 404 through the exception handler. */
    public void load() {
        if (resource == null) {
            reload();
        }
    }

    /** The item on a postback, where the view action does not run: from the form's hidden {@code id}. */
    private LearningResource loaded() {
        if (resource == null) {
            reload();
        }
        return resource;
    }

    private void reload() {
        String given = id != null ? id
                : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            resourceId = Long.parseLong(given == null ? "" : given.strip());
        } catch (NumberFormatException e) {
            throw new ResourceNotFoundException(-1);
        }
        textPreview = null;
        resource = reading.item(visitor.viewer(), resourceId);
        // Read once per load: "rendered" attributes are evaluated several times per page.
        inCollection = visitor.isSignedIn() && collection.find(viewer(), resourceId).isPresent();
    }

    /** Keeps the published resource in the person's collection by reference. */
    public void addToCollection() {
        step(() -> collection.add(visitor.viewer(), resourceId), "collection.added");
    }

    public boolean isCollectable() {
        loaded();
        return visitor.isSignedIn() && loaded().getStatus() == ResourceStatus.PUBLISHED
                && !loaded().isAuthor(viewer()) && !inCollection;
    }

    public boolean isInCollection() {
        loaded();
        return inCollection;
    }

    public void submit() {
        step(() -> review.submit(visitor.viewer(), resourceId), "library.submitted");
    }

    public void approve() {
        step(() -> review.approve(visitor.viewer(), resourceId, reviewNote), "library.approved");
    }

    public void sendBack() {
        if (reviewNote == null || reviewNote.isBlank()) {
            texts.fieldError("review:note", "library.refused.REASON_REQUIRED");
            return;
        }
        step(() -> review.sendBack(visitor.viewer(), resourceId, reviewNote), "library.sentBack");
    }

    public void discardRevision() {
        step(() -> review.discardRevision(visitor.viewer(), resourceId), "library.revisionDiscarded");
    }

    public void retire() {
        step(() -> review.retire(visitor.viewer(), resourceId, reviewNote), "library.retired");
    }

    private void step(Runnable action, String doneKey) {
        loaded();
        if (pageActions.run(action)) {
            texts.info(doneKey, loaded().getTitle());
            reviewNote = null;
        }
        reload();
    }

    private Viewer viewer() {
        return visitor.viewer();
    }

    public boolean isEditable() {
        return loaded().mayEdit(viewer());
    }

    /** The module a learner came from, for the way back; only ever a number, anything else is ignored. */
    public String getFromModule() {
        return fromModule;
    }

    public void setFromModule(String fromModule) {
        this.fromModule = fromModule != null && fromModule.matches("\\d{1,18}") ? fromModule : null;
    }

    public boolean isUploadAllowed() {
        return loaded().mayAddVersion(viewer());
    }

    /** A draft to send for review, or a published item's prepared change. */
    public boolean isSubmittable() {
        return isEditable() && (loaded().getStatus() == ResourceStatus.DRAFT && loaded().getScope().needsReview()
                || loaded().getRevisionStatus() == RevisionStatus.DRAFT);
    }

    /** Why the resource cannot be sent for review yet, in the reader's words; null when it can. */
    public String getSubmitBlocker() {
        return loaded().reviewBlocker().map(reason -> texts.get("library.refused." + reason)).orElse(null);
    }

    public boolean isReviewable() {
        return (loaded().getStatus() == ResourceStatus.SUBMITTED || loaded().getRevisionStatus() == RevisionStatus.SUBMITTED)
                && loaded().mayReview(viewer());
    }

    /** Whether to show the pending change of a published item: to its editors and reviewers, while there is one. */
    public boolean isRevisionShown() {
        return loaded().isRevisionPending() && loaded().seesPendingChanges(viewer());
    }

    public boolean isRevisionDiscardable() {
        return isEditable() && loaded().getRevisionStatus() == RevisionStatus.DRAFT;
    }

    /** The newest file this person may get: a file waiting for review only for its editors and reviewers. */
    public ResourceVersion getLatest() {
        return loaded().latestVersionFor(viewer()).orElse(null);
    }

    public boolean isRetirable() {
        return loaded().getStatus() == ResourceStatus.PUBLISHED
                && (loaded().isAuthor(viewer()) || loaded().mayReview(viewer()));
    }

    /** What the preview shows (see {@link PreviewKind}). */
    public String getPreviewKind() {
        return PreviewKind.of(loaded().getType(), loaded().latestVersionFor(viewer()));
    }

    /** The start of a plain-text file, read once per load. */
    public LibraryReading.TextStart getTextPreview() {
        if (textPreview == null) {
            loaded();
            textPreview = reading.textStart(viewer(), resourceId, TEXT_PREVIEW_BYTES);
        }
        return textPreview;
    }

    /** Where the sandboxed player starts: the latest package version's entry point. */
    public String getPlayUrl() {
        ResourceVersion latest = loaded().latestVersionFor(viewer()).orElseThrow();
        return "/library/play/" + loaded().getId() + "/" + latest.getNumber() + "/" + latest.getEntryPoint();
    }

    /** Files larger than this go up in resumable chunks of this size. */
    public int getUploadChunkBytes() {
        return settings.uploadChunkBytes();
    }

    public String getAcceptedExtensions() {
        return String.join(",", UploadRules.allowedExtensions(loaded().workingType()).stream().map(e -> "." + e).sorted()
                .toList());
    }

    public List<ResourceVersion> getVersionsNewestFirst() {
        return newestFirst(loaded().versionsFor(viewer()));
    }

    public boolean isHistoryReadable() {
        return loaded().mayReadHistory(viewer());
    }

    /** Empty for those who may not read it, so no page can show it by mistake. */
    public List<ResourceHistoryEntry> getHistoryNewestFirst() {
        if (!isHistoryReadable()) {
            return List.of();
        }
        return newestFirst(loaded().getHistory());
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> copy = new java.util.ArrayList<>(oldestFirst);
        java.util.Collections.reverse(copy);
        return copy;
    }

    public String getOccupations() {
        return String.join(", ", loaded().getOccupationCodes());
    }

    public String getKeywords() {
        return String.join(", ", loaded().getKeywords());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public LearningResource getResource() {
        return loaded();
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public void setReviewNote(String reviewNote) {
        this.reviewNote = reviewNote;
    }
}
