/**
 * Signing in and out, the signed-in person's session, password changes, and the school admin's screens
 * for the school's people (list, create, disable, reset password, CSV import of students).
 */
package vn.tvet.lms.web.account;
