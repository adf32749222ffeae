package vn.tvet.lms.library;

import vn.tvet.lms.storage.StoredBlob;

/** One version's bytes as the download endpoint needs them. */
public record DownloadableFile(long resourceId, int version, StoredBlob blob, String fileName, String mediaType) {
}
