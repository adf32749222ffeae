package vn.tvet.lms.library;

/**
 * The step is not possible from where the resource is (e.g. approving a draft) or not by this person
 * (e.g. a teacher approving their own item). Carries the resource, its status and the refused step.
 */
public class WorkflowViolationException extends RuntimeException {

    /** Why a step was refused; each has a message in the UI bundles under {@code library.refused.*}. */
    public enum Reason {
        WRONG_STATUS,
        NOT_ALLOWED,
        NO_CONTENT,
        PRIVATE_SCOPE,
        LICENCE_NOT_SHAREABLE,
        REASON_REQUIRED,
        /** A note or reason longer than {@link LearningResource#MAX_NOTE_LENGTH}. */
        TOO_LONG
    }

    private final long resourceId;
    private final ResourceStatus status;
    private final HistoryAction step;
    private final Reason reason;

    public WorkflowViolationException(long resourceId, ResourceStatus status, HistoryAction step, Reason reason) {
        super("Resource " + resourceId + " in " + status + ": " + step + " refused (" + reason + ")");
        this.resourceId = resourceId;
        this.status = status;
        this.step = step;
        this.reason = reason;
    }

    public long resourceId() {
        return resourceId;
    }

    public ResourceStatus status() {
        return status;
    }

    public HistoryAction step() {
        return step;
    }

    public Reason reason() {
        return reason;
    }
}
