/**
 * The shared digital library (kho học liệu số dùng chung): learning resources with versions, review and pending
 * revisions of published items ({@link vn.tvet.lms.library.ResourceAuthoring},
 * {@link vn.tvet.lms.library.ResourceReview}, {@link vn.tvet.lms.library.LibraryReading}), their history and
 * their searchable documents. How files arrive is {@link vn.tvet.lms.library.upload}, how packages are
 * unpacked {@link vn.tvet.lms.library.packaging}, personal collections {@link vn.tvet.lms.library.collection};
 * bytes go through the {@link vn.tvet.lms.storage} port. Every use case takes the acting
 * {@link vn.tvet.lms.account.Viewer} and checks what that person may do.
 */
package vn.tvet.lms.library;
