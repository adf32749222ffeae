package vn.tvet.lms.library;

/** Where a resource is in its review workflow: draft, submitted for review, published, retired. */
public enum ResourceStatus {
    DRAFT,
    SUBMITTED,
    PUBLISHED,
    RETIRED
}
