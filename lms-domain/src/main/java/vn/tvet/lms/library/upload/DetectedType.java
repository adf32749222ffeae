package vn.tvet.lms.library.upload;

/**
 * What an upload turned out to be: the media type to record, and whether its content agrees with its
 * file name (a "PDF" that starts like a ZIP does not).
 */
public record DetectedType(String mediaType, boolean matchesName) {
}
