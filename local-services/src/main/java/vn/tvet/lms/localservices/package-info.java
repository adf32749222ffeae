/**
 * Real PostgreSQL and a real S3 server on loopback, for the one-command local run and for every test
 * that meets the database or the object store. Never part of the WAR.
 */
package vn.tvet.lms.localservices;
