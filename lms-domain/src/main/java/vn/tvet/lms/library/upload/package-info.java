/**
 * Files arriving into library resources: {@link vn.tvet.lms.library.upload.FileUploads} (the one use case both
 * upload endpoints call, one request or chunked), {@link vn.tvet.lms.library.upload.ResumableUploads} (chunks
 * that survive dropped connections, with storage I/O outside the row lock of their bookkeeping), and the rules a
 * file is held to: names and sizes ({@link vn.tvet.lms.library.upload.UploadRules}), content
 * ({@link vn.tvet.lms.library.upload.UploadInspection}, the {@link vn.tvet.lms.library.upload.MediaTypeDetector}
 * port) and each person's quota ({@link vn.tvet.lms.library.upload.StorageQuota}).
 */
package vn.tvet.lms.library.upload;
