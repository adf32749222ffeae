package vn.tvet.lms.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.storage.ContentStore;
import vn.tvet.lms.storage.ContentStoreException;

/**
 * Reads for the library's pages and endpoints, each in one transaction that loads what the page shows,
 * and each applying the visibility rule, so an invisible id is indistinguishable from a missing one.
 */
@ApplicationScoped
public class LibraryReading {

    private LearningResources resources;
    private ContentStore store;

    LibraryReading() {
        // for the CDI proxy
    }

    @Inject
    public LibraryReading(LearningResources resources, ContentStore store) {
        this.resources = resources;
        this.store = store;
    }

    /** The start of a text file, decoded as UTF-8 (bad bytes replaced), and whether the file goes on beyond it. */
    public record TextStart(String text, boolean truncated) {
    }

    /**
     * The first {@code maxBytes} of the newest file this viewer may get, as text, for showing plain-text files in
     * the page (a few hundred KiB at most, so reading them inside the short transaction is fine).
     */
    @Transactional
    public TextStart textStart(@NotNull Viewer viewer, long resourceId, int maxBytes) {
        DownloadableFile file = file(viewer, resourceId, 0);
        int length = (int) Math.min(file.blob().size(), maxBytes);
        try (java.io.InputStream in = length == 0 ? java.io.InputStream.nullInputStream()
                : store.open(file.blob().key(), 0, length)) {
            String text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(in.readAllBytes())).toString();
            // A cut in the middle of a multi-byte character shows as one replacement character at the end.
            return new TextStart(text.startsWith("\uFEFF") ? text.substring(1) : text, file.blob().size() > length);
        } catch (java.io.IOException e) {
            throw new ContentStoreException("content store", file.blob().key(), "Cannot read a text file to show it", e);
        }
    }

    /** The resource with its versions, history and people loaded, for the item page. */
    @Transactional
    public LearningResource item(@NotNull Viewer viewer, long resourceId) {
        LearningResource resource = resources.getVisible(viewer, resourceId);
        resource.getOwner().getName();
        resource.getAuthor().getFullName();
        resource.getOccupationCodes().size();
        resource.getKeywords().size();
        resource.getVersions().forEach(version -> version.getCreatedBy().getFullName());
        resource.getHistory().forEach(entry -> entry.getActor().getFullName());
        return resource;
    }

    /** The title the viewer may read, or empty when the item is missing or not visible to them. */
    @Transactional
    public Optional<String> visibleTitle(@NotNull Viewer viewer, long resourceId) {
        return resources.find(resourceId).filter(resource -> resource.isVisibleTo(viewer)).map(LearningResource::getTitle);
    }

    /** One file inside a package version, if the viewer may see the resource. */
    @Transactional
    public DownloadableFile packageFile(@NotNull Viewer viewer, long resourceId, int versionNumber, String path) {
        LearningResource resource = resources.getVisible(viewer, resourceId);
        ResourceVersion version = resource.versionsFor(viewer).stream().filter(v -> v.getNumber() == versionNumber)
                .findFirst().orElseThrow(() -> new ResourceNotFoundException(resourceId));
        PackageEntry entry = resources.packageEntry(version.getId(), path)
                .orElseThrow(() -> new ResourceNotFoundException(resourceId));
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        return new DownloadableFile(resourceId, versionNumber, entry.getBlob(), fileName, entry.getMediaType());
    }

    /** The bytes of one version (0 for the newest this viewer may get), if the viewer may see the resource. */
    @Transactional
    public DownloadableFile file(@NotNull Viewer viewer, long resourceId, int versionNumber) {
        LearningResource resource = resources.getVisible(viewer, resourceId);
        // Files waiting for review are for the author and the reviewers; everyone else gets the approved ones.
        ResourceVersion version = (versionNumber == 0 ? resource.latestVersionFor(viewer)
                : resource.versionsFor(viewer).stream().filter(v -> v.getNumber() == versionNumber).findFirst())
                .orElseThrow(() -> new ResourceNotFoundException(resourceId));
        return new DownloadableFile(resourceId, version.getNumber(), version.getBlob(), version.getFileName(),
                version.getMimeType());
    }
}
