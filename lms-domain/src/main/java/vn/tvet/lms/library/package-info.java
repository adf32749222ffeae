/**
 * The shared digital library (kho học liệu số dùng chung): learning resources with versions, review and pending
 * revisions of published items ({@link vn.tvet.lms.library.ResourceAuthoring},
 * {@link vn.tvet.lms.library.ResourceReview}, {@link vn.tvet.lms.library.LibraryReading}); uploads, one request
 * or resumable in chunks, with their screening ({@link vn.tvet.lms.library.UploadRules},
 * {@link vn.tvet.lms.library.UploadInspection}, {@link vn.tvet.lms.library.ResumableUploads}, storage quota);
 * packages (HTML5 and SCORM, unpacked with safe paths); personal collections; and the library's searchable
 * documents. Bytes go through the {@link vn.tvet.lms.storage} port. Every use case takes the acting
 * {@link vn.tvet.lms.account.Viewer} and checks what that person may do.
 */
package vn.tvet.lms.library;
