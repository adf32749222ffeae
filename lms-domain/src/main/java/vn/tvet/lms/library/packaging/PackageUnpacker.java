package vn.tvet.lms.library.packaging;

import vn.tvet.lms.library.ResourceType;
import vn.tvet.lms.storage.StoredBlob;

/** Unpacks a stored ZIP package safely into the store. Implemented by content-store. */
public interface PackageUnpacker {

    /**
     * Reads the package already stored as {@code archive}, checks every entry against {@code limits}, stores
     * each file content-addressed, and finds the entry point (imsmanifest.xml for SCORM, index.html otherwise).
     *
     * @throws PackageRejectedException when the archive is unsafe or has no usable entry point
     */
    UnpackedPackage unpack(StoredBlob archive, ResourceType type, PackageLimits limits);
}
