package vn.tvet.lms.account;

/** A temporary password handed to one person; shown to the admin once and never stored in clear. */
public record IssuedPassword(long personId, String username, String fullName, String temporaryPassword) {
}
