package vn.tvet.lms.library;

/** Who may see a published resource. Network and public scope are reviewed by the network library admins. */
public enum SharingScope {
    /** Only the author. */
    PRIVATE,
    /** Everyone in the owner school; reviewed by the school admin. */
    SCHOOL,
    /** Everyone in every school of the network. */
    NETWORK,
    /** Everyone, also without signing in. */
    PUBLIC;

    public boolean reviewedByNetwork() {
        return this == NETWORK || this == PUBLIC;
    }

    public boolean needsReview() {
        return this != PRIVATE;
    }
}
