package vn.tvet.lms.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.tvet.lms.library.LearningResource;
import vn.tvet.lms.library.LearningResources;
import vn.tvet.lms.library.PackageEntry;
import vn.tvet.lms.library.ResourceVersion;

/**
 * The indexer's short transactions: take tasks, read what a resource looks like now, keep extracted text,
 * drop finished tasks. Extraction and Lucene run between them, outside any transaction.
 */
@ApplicationScoped
public class IndexSnapshots {

    /** Files whose text is worth extracting; everything else is indexed by its metadata. */
    private static final Set<String> TEXT_TYPES = Set.of("application/pdf", "text/plain", "text/html", "text/markdown",
            "text/csv", "application/rtf", "application/msword", "application/vnd.ms-powerpoint", "application/vnd.ms-excel",
            "application/xhtml+xml", "application/epub+zip");
    /** A package's text comes from its pages; past this many pages the rest are left out. */
    private static final int MAX_PACKAGE_PAGES = 50;

    private IndexQueue queue;
    private LearningResources resources;
    private final java.util.Map<DocumentKind, SearchableKind> kinds = new java.util.EnumMap<>(DocumentKind.class);

    IndexSnapshots() {
        // for the CDI proxy
    }

    @Inject
    public IndexSnapshots(IndexQueue queue, LearningResources resources, jakarta.enterprise.inject.Instance<SearchableKind> kinds) {
        kinds.forEach(kind -> this.kinds.put(kind.kind(), kind));
        this.queue = queue;
        this.resources = resources;
    }

    /** A resource as it is now, and the files its text comes from (with their text when already extracted). */
    public record Snapshot(IndexedResource resource, List<TextSource> sources) {
    }

    /** One file to read text from. */
    public record TextSource(String sha256, String storeKey, String mediaType, String fileName, Optional<String> text) {
    }

    @Transactional
    public List<IndexTask> oldestTasks(int max) {
        return queue.oldest(max);
    }

    /** A document as it is now; for a library item also the files its text comes from. Empty when it is gone. */
    @Transactional
    public Optional<Snapshot> snapshot(DocumentKind kind, long id) {
        SearchableKind source = kinds.get(kind);
        if (source == null) {
            throw new IllegalArgumentException("no searchable kind provides " + kind);
        }
        return source.snapshot(id).map(document -> new Snapshot(document, kind == DocumentKind.RESOURCE
                ? resources.find(id).map(this::sources).orElse(List.of()) : List.of()));
    }

    @Transactional
    public void keepText(String sha256, ExtractedText text) {
        queue.keepText(sha256, text);
    }

    /** Records a failed try of these tasks; see {@link IndexTask#failed}. */
    @Transactional
    public void failed(List<Long> taskIds, String error) {
        queue.failed(taskIds, error);
    }

    @Transactional
    public void finished(List<Long> taskIds) {
        queue.remove(taskIds);
    }

    private List<TextSource> sources(LearningResource resource) {
        // The index holds what the audience gets: a file waiting for review is not searchable yet.
        Optional<ResourceVersion> latest = resource.publishedVersion();
        if (latest.isEmpty()) {
            return List.of();
        }
        ResourceVersion version = latest.get();
        List<TextSource> sources = new ArrayList<>();
        if (version.isPackage()) {
            version.getEntries().stream().filter(entry -> isPage(entry.getPath())).limit(MAX_PACKAGE_PAGES)
                    .forEach(entry -> sources.add(source(entry)));
        } else if (hasText(version.getMimeType())) {
            sources.add(new TextSource(version.getSha256(), version.getBlob().key(), version.getMimeType(),
                    version.getFileName(), queue.text(version.getSha256()).map(BlobText::getText)));
        }
        return sources;
    }

    private TextSource source(PackageEntry entry) {
        String sha256 = entry.getBlob().sha256();
        return new TextSource(sha256, entry.getBlob().key(), "text/html", entry.getPath(),
                queue.text(sha256).map(BlobText::getText));
    }

    private static boolean isPage(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm");
    }

    static boolean hasText(String mediaType) {
        return TEXT_TYPES.contains(mediaType) || mediaType.startsWith("application/vnd.openxmlformats")
                || mediaType.startsWith("application/vnd.oasis.opendocument");
    }
}
