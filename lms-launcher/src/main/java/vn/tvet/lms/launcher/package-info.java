/**
 * The one-command local run: embedded PostgreSQL and an S3-compatible server (S3Proxy) in this JVM,
 * Payara Micro with the WAR as a child process, all keeping their data in one data directory.
 */
package vn.tvet.lms.launcher;
