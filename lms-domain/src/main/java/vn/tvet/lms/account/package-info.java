/**
 * People, their accounts and their roles: who may sign in, with which password, and what they may do in
 * which institution. Holds the login rules (PBKDF2 hashes, throttling of repeated failures), the school
 * admin's use cases (create, disable, reset, CSV import of students) and password changes.
 */
package vn.tvet.lms.account;
