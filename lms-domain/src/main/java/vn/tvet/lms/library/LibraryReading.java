package vn.tvet.lms.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

/**
 * Reads for the library's pages and endpoints, each in one transaction that loads what the page shows,
 * and each applying the visibility rule, so an invisible id is indistinguishable from a missing one.
 */
@ApplicationScoped
public class LibraryReading {

    private LearningResources resources;

    LibraryReading() {
        // for the CDI proxy
    }

    @Inject
    public LibraryReading(LearningResources resources) {
        this.resources = resources;
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

    /** One file inside a package version, if the viewer may see the resource. */
    @Transactional
    public DownloadableFile packageFile(@NotNull Viewer viewer, long resourceId, int versionNumber, String path) {
        LearningResource resource = resources.getVisible(viewer, resourceId);
        ResourceVersion version = resource.getVersions().stream().filter(v -> v.getNumber() == versionNumber)
                .findFirst().orElseThrow(() -> new ResourceNotFoundException(resourceId));
        PackageEntry entry = resources.packageEntry(version.getId(), path)
                .orElseThrow(() -> new ResourceNotFoundException(resourceId));
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        return new DownloadableFile(resourceId, versionNumber, entry.getBlob(), fileName, entry.getMediaType());
    }

    /** The bytes of one version (0 for the latest), if the viewer may see the resource. */
    @Transactional
    public DownloadableFile file(@NotNull Viewer viewer, long resourceId, int versionNumber) {
        LearningResource resource = resources.getVisible(viewer, resourceId);
        ResourceVersion version = (versionNumber == 0 ? resource.latestVersion()
                : resource.getVersions().stream().filter(v -> v.getNumber() == versionNumber).findFirst())
                .orElseThrow(() -> new ResourceNotFoundException(resourceId));
        return new DownloadableFile(resourceId, version.getNumber(), version.getBlob(), version.getFileName(),
                version.getMimeType());
    }
}
