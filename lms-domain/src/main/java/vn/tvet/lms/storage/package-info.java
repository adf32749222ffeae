/**
 * The object-store port: {@link vn.tvet.lms.storage.ContentStore} (implemented by the MinIO adapter in
 * {@code content-store}) and the values it deals in: content-addressed blobs, keys, multipart parts, and its
 * failures; and {@link vn.tvet.lms.storage.OrphanSweep}, which removes bytes nothing refers to. No feature rule
 * lives here; the library decides what to store and when bytes may go.
 */
package vn.tvet.lms.storage;
