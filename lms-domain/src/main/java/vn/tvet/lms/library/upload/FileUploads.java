package vn.tvet.lms.library.upload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.util.UUID;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.library.LearningResource;
import vn.tvet.lms.library.LearningResources;
import vn.tvet.lms.library.ResourceAuthoring;
import vn.tvet.lms.library.ResourceType;
import vn.tvet.lms.library.ResourceVersion;
import vn.tvet.lms.library.packaging.PackageLimits;
import vn.tvet.lms.library.packaging.PackageRejectedException;
import vn.tvet.lms.library.packaging.PackageUnpacker;
import vn.tvet.lms.library.upload.ResumableUploads.AssembledUpload;
import vn.tvet.lms.storage.ContentStore;
import vn.tvet.lms.storage.ContentTooLargeException;
import vn.tvet.lms.storage.StoredBlob;

/**
 * Adding a file to a resource, whichever way its bytes arrive: in one request ({@link #upload}) or in
 * chunks that {@link ResumableUploads} assembled ({@link #finish}). Both hold the file to the same rules
 * in the same order: who may add a version, the name, note, size and quota before a byte is stored; the
 * content's type as it streams; hidden content, pixel floods and package contents once the whole file is
 * in the store. Not transactional: bytes stream outside any transaction, each record is its own.
 */
@ApplicationScoped
public class FileUploads {

    /** Enough for every magic number the detector knows; the buffer is reset and streamed on. */
    private static final int DETECTION_BUFFER = 64 * 1024;

    private ResourceAuthoring authoring;
    private LearningResources resources;
    private ResumableUploads resumable;
    private ContentStore store;
    private MediaTypeDetector detector;
    private StorageQuota quota;
    private UploadInspection inspection;
    private PackageUnpacker unpacker;

    FileUploads() {
        // for the CDI proxy
    }

    @Inject
    public FileUploads(ResourceAuthoring authoring, LearningResources resources, ResumableUploads resumable,
            ContentStore store, MediaTypeDetector detector, StorageQuota quota, UploadInspection inspection,
            PackageUnpacker unpacker) {
        this.authoring = authoring;
        this.resources = resources;
        this.resumable = resumable;
        this.store = store;
        this.detector = detector;
        this.quota = quota;
        this.inspection = inspection;
        this.unpacker = unpacker;
    }

    /**
     * Streams {@code body} into the store and records it as the resource's newest version.
     *
     * @param declaredLength the length the client announced, or -1 when it announced none
     */
    public RecordedUpload upload(@NotNull Viewer editor, long resourceId, @NotNull String fileName, String note,
            @NotNull InputStream body, long declaredLength, @NotNull UploadLimits limits) {
        ResourceType type = authoring.checkUpload(editor, resourceId);
        UploadRules.checkName(type, fileName);
        UploadRules.checkNote(note);
        if (declaredLength > limits.maxBytes()) {
            throw new ContentTooLargeException(limits.maxBytes());
        }
        UploadRules.checkNotEmpty(fileName, declaredLength == -1 ? 1 : declaredLength);
        quota.check(editor.personId(), Math.max(declaredLength, 0), false, limits.quota());
        InputStream buffered = new BufferedInputStream(body, DETECTION_BUFFER);
        DetectedType detected = detector.detect(buffered, fileName);
        UploadRules.checkContent(fileName, detected);
        StoredBlob blob = store.putContentAddressed(buffered, limits.maxBytes(), detected.mediaType());
        return record(editor, resourceId, type, blob, fileName, detected, note, limits.packages());
    }

    /**
     * Assembles a chunked upload and records it as the resource's newest version. The note is checked
     * first, so a note too long leaves the upload open for a retry with a shorter one.
     */
    public RecordedUpload finish(@NotNull Viewer editor, @NotNull UUID uploadId, String note,
            @NotNull UploadLimits limits) {
        UploadRules.checkNote(note);
        if (resumable.status(editor, uploadId).target().isEvidence()) {
            throw new UploadSessionNotFoundException(uploadId);
        }
        AssembledUpload assembled = resumable.finish(editor, uploadId);
        long resourceId = assembled.target().resourceId();
        // The editor's rights are checked again: they may have changed while the chunks arrived.
        ResourceType type = authoring.checkUpload(editor, resourceId);
        return record(editor, resourceId, type, assembled.blob(), assembled.fileName(),
                assembled.detected(), note, limits.packages());
    }

    private RecordedUpload record(Viewer editor, long resourceId, ResourceType type, StoredBlob blob, String fileName,
            DetectedType detected, String note, PackageLimits packageLimits) {
        ResourceVersion version;
        try {
            UploadRules.checkNotEmpty(fileName, blob.size());
            inspection.inspect(blob, detected.mediaType(), fileName);
            version = LearningResource.isPackageType(type)
                    ? authoring.addPackageVersion(editor, resourceId, blob, fileName,
                            unpacker.unpack(blob, type, packageLimits), note)
                    : authoring.addVersion(editor, resourceId, blob, fileName, detected.mediaType(), note);
        } catch (UploadRejectedException | PackageRejectedException e) {
            removeIfUnused(blob);
            throw e;
        }
        return new RecordedUpload(version.getNumber(), fileName, blob, detected.mediaType());
    }

    /** Refused bytes may be shared by nobody yet; they must not stay behind. */
    private void removeIfUnused(StoredBlob blob) {
        if (!resources.blobInUse(blob.sha256())) {
            store.delete(blob.key());
        }
    }

    /** A file recorded as version {@code version} of its resource. */
    public record RecordedUpload(int version, String fileName, StoredBlob blob, String mediaType) {
    }
}
