package vn.tvet.lms.library.upload;

import vn.tvet.lms.library.packaging.PackageLimits;

/**
 * The configured limits one upload is held to: its size, the person's quota, and what its package may
 * unpack to.
 */
public record UploadLimits(long maxBytes, StorageQuota.Limits quota, PackageLimits packages) {
}
