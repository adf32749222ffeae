package vn.tvet.lms.library;

/** No such resource, or one the viewer may not see: the two look the same from outside. */
public class ResourceNotFoundException extends RuntimeException {

    private final long resourceId;

    public ResourceNotFoundException(long resourceId) {
        super("No visible resource " + resourceId);
        this.resourceId = resourceId;
    }

    public long resourceId() {
        return resourceId;
    }
}
