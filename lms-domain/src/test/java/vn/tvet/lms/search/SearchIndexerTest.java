package vn.tvet.lms.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.library.ResourceStatus;
import vn.tvet.lms.library.SharingScope;

/** One document that cannot be indexed is retried with growing pauses, then parked, and never holds back the rest. */
class SearchIndexerTest {

    private Instant now = Instant.parse("2026-12-02T08:00:00Z");
    private final List<IndexTask> queue = new ArrayList<>();
    private final Set<Long> indexed = new LinkedHashSet<>();
    private long nextTaskId = 100;

    /** The queue's transactions over a list, with the same due and parked rules as the database query. */
    private final IndexSnapshots snapshots = new IndexSnapshots() {
        @Override
        public List<IndexTask> oldestTasks(int max) {
            return queue.stream().filter(task -> task.getParkedAt() == null)
                    .filter(task -> task.getNextAttemptAt() == null || !task.getNextAttemptAt().isAfter(now))
                    .limit(max).toList();
        }

        @Override
        public Optional<Snapshot> snapshot(DocumentKind kind, long id) {
            return Optional.of(new Snapshot(new IndexedResource(id, "Mô đun " + id, null, Set.of(), "nội dung", null,
                    Set.of(), null, null, 1, "Trường", "vi", ResourceStatus.PUBLISHED, SharingScope.SCHOOL, 1, now,
                    DocumentKind.MODULE), List.of()));
        }

        @Override
        public void failed(List<Long> taskIds, String error) {
            queue.stream().filter(task -> taskIds.contains(task.getId())).forEach(task -> task.failed(error, now));
        }

        @Override
        public void finished(List<Long> taskIds) {
            queue.removeIf(task -> taskIds.contains(task.getId()));
        }
    };

    /** An index that cannot take module 2 (as Lucene refusing a term, or a bug in one document's fields). */
    private final SearchIndex index = new SearchIndex() {
        @Override
        public void put(IndexedResource resource) {
            if (resource.id() == 2) {
                throw new IllegalArgumentException("immense term in module 2");
            }
            indexed.add(resource.id());
        }

        @Override
        public void remove(DocumentKind kind, long id) {
        }

        @Override
        public void commit() {
        }

        @Override
        public void clear() {
        }

        @Override
        public long size() {
            return indexed.size();
        }

        @Override
        public SearchResults search(SearchQuery query, Viewer viewer) {
            throw new UnsupportedOperationException();
        }
    };

    private final SearchIndexer indexer = new SearchIndexer(snapshots, index, null, null);

    private void enqueue(long documentId) throws ReflectiveOperationException {
        IndexTask task = new IndexTask(DocumentKind.MODULE, documentId, now);
        Field id = IndexTask.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(task, nextTaskId++);
        queue.add(task);
    }

    @Test
    void aFailingDocumentIsRetriedWithGrowingPausesThenParkedWhileTheOthersAreIndexed() throws Exception {
        enqueue(1);
        enqueue(2);
        enqueue(3);

        assertEquals(3, indexer.indexPending(200));
        assertEquals(Set.of(1L, 3L), indexed, "the documents after the bad one are indexed");
        IndexTask bad = queue.get(0);
        assertEquals(1, bad.getAttempts());
        assertTrue(bad.getLastError().contains("immense term"), bad.getLastError());
        assertEquals(now.plusSeconds(10), bad.getNextAttemptAt());
        assertEquals(0, indexer.indexPending(200), "not due again before its pause is over");

        enqueue(4);
        assertEquals(1, indexer.indexPending(200));
        assertTrue(indexed.contains(4L), "a later change is not held back by the waiting one");

        Duration pause = Duration.ofSeconds(10);
        for (int attempt = 2; attempt <= IndexTask.MAX_ATTEMPTS; attempt++) {
            now = now.plus(pause);
            pause = pause.multipliedBy(3);
            assertEquals(1, indexer.indexPending(200), "try " + attempt);
        }
        assertNotNull(bad.getParkedAt(), "parked after the last try");
        assertNull(bad.getNextAttemptAt());
        now = now.plus(Duration.ofDays(1));
        assertEquals(0, indexer.indexPending(200), "a parked task waits for an admin");

        bad.retry();
        assertEquals(0, bad.getAttempts());
        assertEquals(1, indexer.indexPending(200), "an admin's retry puts it back in the queue");
    }
}
