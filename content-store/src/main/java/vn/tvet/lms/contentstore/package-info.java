/**
 * The {@link vn.tvet.lms.storage.ContentStore} port on any S3-compatible server through the MinIO Java SDK:
 * S3Proxy locally and in tests, MinIO in production.
 */
package vn.tvet.lms.contentstore;
