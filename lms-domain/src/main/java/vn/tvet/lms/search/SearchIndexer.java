package vn.tvet.lms.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tvet.lms.search.IndexSnapshots.Snapshot;
import vn.tvet.lms.search.IndexSnapshots.TextSource;
import vn.tvet.lms.storage.ContentStore;
import vn.tvet.lms.storage.ContentStoreException;

/**
 * Drains the indexing queue: for each changed resource, reads it as it is now, extracts text from its
 * newest file (once per file: the text is kept by hash), writes the index, commits it, and only then
 * removes the tasks. A crash anywhere before the removal leaves the tasks to be done again, and doing one
 * twice is harmless. The object store being down fails the batch, which is retried later; a document that fails
 * on its own is retried a few times with growing pauses and then parked for an admin, without holding back others.
 */
@ApplicationScoped
public class SearchIndexer {

    private static final System.Logger LOG = System.getLogger(SearchIndexer.class.getName());
    /** Text kept per resource, across all its files. */
    static final int MAX_TEXT_PER_RESOURCE = 1_000_000;

    private IndexSnapshots snapshots;
    private SearchIndex index;
    private TextExtractor extractor;
    private ContentStore store;

    SearchIndexer() {
        // for the CDI proxy
    }

    @Inject
    public SearchIndexer(IndexSnapshots snapshots, SearchIndex index, TextExtractor extractor, ContentStore store) {
        this.snapshots = snapshots;
        this.index = index;
        this.extractor = extractor;
        this.store = store;
    }

    /**
     * Indexes up to {@code max} queued tasks; returns how many were taken (0 when none is due). A document that
     * fails (a file Tika chokes on, say) costs its own tasks a try ({@link IndexTask#failed}: retried later, parked
     * after the last try) and the rest go on. The object store being down fails the whole batch, which stays queued.
     */
    public int indexPending(int max) {
        List<IndexTask> tasks = snapshots.oldestTasks(max);
        if (tasks.isEmpty()) {
            return 0;
        }
        Map<Map.Entry<DocumentKind, Long>, List<Long>> documents = new LinkedHashMap<>();
        tasks.forEach(task -> documents.computeIfAbsent(Map.entry(task.getKind(), task.getDocumentId()),
                key -> new ArrayList<>()).add(task.getId()));
        List<Long> done = new ArrayList<>();
        for (Map.Entry<Map.Entry<DocumentKind, Long>, List<Long>> document : documents.entrySet()) {
            DocumentKind kind = document.getKey().getKey();
            long id = document.getKey().getValue();
            try {
                index(kind, id);
                done.addAll(document.getValue());
            } catch (ContentStoreException e) {
                throw e;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Indexing " + kind + " " + id + " failed; it will be tried again later", e);
                snapshots.failed(document.getValue(), e.toString());
            }
        }
        index.commit();
        snapshots.finished(done);
        LOG.log(Level.DEBUG, "Indexed {0} documents from {1} tasks", documents.size(), tasks.size());
        return tasks.size();
    }

    private void index(DocumentKind kind, long id) {
        Optional<Snapshot> snapshot = snapshots.snapshot(kind, id);
        if (snapshot.isEmpty()) {
            index.remove(kind, id);
        } else {
            // A library item's text comes from its files; other kinds bring their text with them.
            Snapshot found = snapshot.get();
            index.put(found.sources().isEmpty() ? found.resource() : found.resource().withBody(text(found)));
        }
    }

    private String text(Snapshot snapshot) {
        StringBuilder text = new StringBuilder();
        for (TextSource source : snapshot.sources()) {
            if (text.length() >= MAX_TEXT_PER_RESOURCE) {
                break;
            }
            text.append(source.text().orElseGet(() -> extract(source))).append('\n');
        }
        return text.length() > MAX_TEXT_PER_RESOURCE ? text.substring(0, MAX_TEXT_PER_RESOURCE) : text.toString().strip();
    }

    private String extract(TextSource source) {
        if (!store.exists(source.storeKey())) {
            // A version whose bytes are gone is a fault to look into, not a reason to stop indexing the rest.
            LOG.log(Level.WARNING, "File {0} of {1} is missing from the store; indexed by its metadata", source.storeKey(),
                    source.fileName());
            return "";
        }
        ExtractedText extracted;
        try (InputStream content = store.open(source.storeKey())) {
            extracted = extractor.extract(content, source.mediaType(), source.fileName());
        } catch (IOException e) {
            throw new ContentStoreException("content store", source.storeKey(), "Cannot read a file for indexing", e);
        }
        if (!extracted.succeeded()) {
            LOG.log(Level.INFO, "No text from {0} ({1}): {2}; indexed by its metadata", source.fileName(), source.sha256(),
                    extracted.failure());
        }
        snapshots.keepText(source.sha256(), extracted);
        return extracted.text();
    }
}
