package vn.tvet.lms.library.packaging;

import vn.tvet.lms.storage.StoredBlob;

/** One file of an unpacked package: its path inside the package, its stored bytes and media type. */
public record UnpackedEntry(String path, StoredBlob blob, String mediaType) {
}
