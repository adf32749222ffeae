package vn.tvet.lms.web.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tvet.lms.library.packaging.PackageLimits;
import vn.tvet.lms.library.upload.UploadLimits;

/** The library's limits and thresholds, from MicroProfile Config. */
@ApplicationScoped
public class LibrarySettings {

    @Inject
    @ConfigProperty(name = "lms.library.max-upload-bytes", defaultValue = "2147483648")
    long maxUploadBytes;

    /** Files at least this large are served by redirect to a presigned URL, so their bytes bypass the app. */
    @Inject
    @ConfigProperty(name = "lms.library.redirect-threshold-bytes", defaultValue = "8388608")
    long redirectThresholdBytes;

    @Inject
    @ConfigProperty(name = "lms.library.presigned-seconds", defaultValue = "600")
    int presignedSeconds;

    @Inject
    @ConfigProperty(name = "lms.library.package-max-unpacked-bytes", defaultValue = "1073741824")
    long packageMaxUnpackedBytes;

    @Inject
    @ConfigProperty(name = "lms.library.package-max-entries", defaultValue = "10000")
    int packageMaxEntries;

    /**
     * Files larger than this upload in chunks of this size, each resumable on its own. S3 refuses parts
     * under 5 MiB (all but the last), so smaller settings are raised to that.
     */
    @Inject
    @ConfigProperty(name = "lms.library.upload-chunk-bytes", defaultValue = "8388608")
    int uploadChunkBytes;

    /** The S3 minimum part size. */
    static final int MIN_CHUNK_BYTES = 5 * 1024 * 1024;

    public int uploadChunkBytes() {
        return Math.max(uploadChunkBytes, MIN_CHUNK_BYTES);
    }

    /** Limits for unpacking packages; the ratio and depth are safety rules, not settings. */
    public PackageLimits packageLimits() {
        return new PackageLimits(packageMaxEntries, packageMaxUnpackedBytes, PackageLimits.DEFAULT.maxCompressionRatio(),
                PackageLimits.DEFAULT.maxPathDepth());
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    public long redirectThresholdBytes() {
        return redirectThresholdBytes;
    }

    public int presignedSeconds() {
        return presignedSeconds;
    }

    /** Bytes each person may store (their versions and open uploads); 0 for no limit. */
    @Inject
    @ConfigProperty(name = "lms.library.quota-bytes-per-person", defaultValue = "21474836480")
    long quotaBytesPerPerson;

    /** Chunked uploads a person may keep open at once. */
    @Inject
    @ConfigProperty(name = "lms.library.open-uploads-per-person", defaultValue = "5")
    int openUploadsPerPerson;

    /** Chunks one person may be sending at once; the rest of the slots stay free for everyone else. */
    @Inject
    @ConfigProperty(name = "lms.library.chunks-in-flight-per-person", defaultValue = "2")
    int chunksInFlightPerPerson;

    /** Seconds a chunk's body may send nothing before it is given up and its upload slot freed. */
    @Inject
    @ConfigProperty(name = "lms.library.upload-idle-seconds", defaultValue = "15")
    int uploadIdleSeconds;

    public long uploadIdleMillis() {
        return Math.max(1, uploadIdleSeconds) * 1000L;
    }

    public vn.tvet.lms.library.upload.StorageQuota.Limits quotaLimits() {
        return new vn.tvet.lms.library.upload.StorageQuota.Limits(quotaBytesPerPerson, openUploadsPerPerson);
    }

    /** What one upload is held to: its size, the person's quota, its package's contents. */
    public UploadLimits uploadLimits() {
        return new UploadLimits(maxUploadBytes, quotaLimits(), packageLimits());
    }

    public int chunksInFlightPerPerson() {
        return Math.max(1, chunksInFlightPerPerson);
    }
}
