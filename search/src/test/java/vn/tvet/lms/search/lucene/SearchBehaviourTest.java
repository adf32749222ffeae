package vn.tvet.lms.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.library.ResourceStatus;
import vn.tvet.lms.library.ResourceType;
import vn.tvet.lms.library.SharingScope;
import vn.tvet.lms.search.DocumentKind;
import vn.tvet.lms.search.Facet;
import vn.tvet.lms.search.IndexedResource;
import vn.tvet.lms.search.SearchQuery;
import vn.tvet.lms.search.SearchResults;
import vn.tvet.lms.search.SearchResults.FacetCount;

/** Facets, paging, bad queries and the index's life cycle. */
class SearchBehaviourTest {

    @TempDir
    Path directory;

    private LuceneSearchIndex index;

    @BeforeEach
    void open() {
        index = LuceneSearchIndex.open(directory.resolve("index"));
        index.put(SearchFixtures.resource(1, "Giáo trình Điện công nghiệp", "an toàn điện", ResourceType.DOCUMENT, "6520227", 1,
                ResourceStatus.PUBLISHED, SharingScope.NETWORK, 10));
        index.put(SearchFixtures.resource(2, "Video lắp đặt điện", "điện dân dụng", ResourceType.VIDEO, "6520227", 1,
                ResourceStatus.PUBLISHED, SharingScope.NETWORK, 10));
        index.put(SearchFixtures.resource(3, "Mô phỏng điện tử", "điện tử công nghiệp", ResourceType.SIMULATION, "6520225", 2,
                ResourceStatus.PUBLISHED, SharingScope.PUBLIC, 20));
        // A private draft of another teacher: must never show, not even as a count.
        index.put(SearchFixtures.resource(4, "Bản nháp bí mật về điện", "điện", ResourceType.AUDIO, "6540205", 2,
                ResourceStatus.DRAFT, SharingScope.PRIVATE, 20));
        index.commit();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static final Viewer TEACHER = new Viewer(10L, Set.of(1L), Set.of(), false);

    @Test
    void modulesProgrammesAndFrameworksShareTheIndexKeyedByKindAndId() {
        index.put(new IndexedResource(1, "Tiêu chuẩn vận hành máy nén khí", null, Set.of("TC-MNK"), "U1 Vận hành máy nén khí an toàn",
                null, Set.of(), null, null, 0, "", null, ResourceStatus.PUBLISHED, SharingScope.NETWORK, 0,
                java.time.Instant.parse("2026-11-23T08:00:00Z"), DocumentKind.FRAMEWORK));
        index.put(new IndexedResource(1, "Mô đun vận hành máy nén khí", null, Set.of("MĐ07"), "Bài 1 vận hành",
                null, Set.of(), null, null, 1, "Trường A", null, ResourceStatus.PUBLISHED, SharingScope.SCHOOL, 10,
                java.time.Instant.parse("2026-11-23T08:00:00Z"), DocumentKind.MODULE));
        index.commit();
        Viewer elsewhere = new Viewer(30L, Set.of(2L), Set.of(), false);
        SearchResults found = index.search(SearchQuery.of("van hanh may nen khi"), elsewhere);
        assertEquals(1, found.total(), "the framework, not the other school's module");
        assertEquals(DocumentKind.FRAMEWORK, found.hits().get(0).kind());
        assertEquals(null, found.hits().get(0).type());
        assertEquals(0, index.search(SearchQuery.of("van hanh may nen khi"), Viewer.ANONYMOUS).total());
        SearchResults both = index.search(SearchQuery.of("van hanh may nen khi"), TEACHER);
        assertEquals(2, both.total(), "the same id under two kinds is two documents");
        assertEquals(Map.of("FRAMEWORK", 1L, "MODULE", 1L), counts(both, Facet.KIND));

        index.remove(DocumentKind.MODULE, 1);
        index.commit();
        assertEquals(1, index.search(SearchQuery.of("van hanh may nen khi"), TEACHER).total());
        assertTrue(index.search(SearchQuery.of("giáo trình"), TEACHER).total() > 0, "the library item with id 1 stays");
    }

    @Test
    void facetCountsCoverOnlyWhatTheViewerMaySee() {
        SearchResults results = index.search(SearchQuery.of("điện"), TEACHER);
        assertEquals(3, results.total());
        assertEquals(Map.of("DOCUMENT", 1L, "VIDEO", 1L, "SIMULATION", 1L), counts(results, Facet.TYPE));
        assertFalse(counts(results, Facet.OCCUPATION).containsKey("6540205"), "the private draft's occupation is not counted");
        assertEquals(Map.of("1", 2L, "2", 1L), counts(results, Facet.SCHOOL));

        SearchResults author = index.search(SearchQuery.of("điện"), new Viewer(20L, Set.of(2L), Set.of(), false));
        assertEquals(4, author.total(), "the author sees their draft");
        assertEquals(1L, counts(author, Facet.TYPE).get("AUDIO"));
    }

    @Test
    void tickingSeveralValuesOfAFacetKeepsTheOtherValuesCounted() {
        SearchQuery videosOnly = new SearchQuery("điện", Map.of(Facet.TYPE, Set.of("VIDEO")), SearchQuery.Order.RELEVANCE, 0, 10);
        SearchResults results = index.search(videosOnly, TEACHER);
        assertEquals(1, results.total());
        assertEquals(Map.of("DOCUMENT", 1L, "VIDEO", 1L, "SIMULATION", 1L), counts(results, Facet.TYPE),
                "counts of the ticked facet are as if it were not ticked, so more values can be added");
        assertTrue(results.facets().get(Facet.TYPE).stream().anyMatch(c -> c.value().equals("VIDEO") && c.selected()));
        assertEquals(Map.of("1", 1L), counts(results, Facet.SCHOOL), "other facets follow the selection");

        SearchQuery both = new SearchQuery("điện", Map.of(Facet.TYPE, Set.of("VIDEO", "SIMULATION")), SearchQuery.Order.RELEVANCE,
                0, 10);
        assertEquals(2, index.search(both, TEACHER).total());
    }

    @Test
    void pagesAndNewestFirst() {
        SearchQuery newest = new SearchQuery("", Map.of(), SearchQuery.Order.NEWEST, 0, 2);
        assertEquals(List.of(3L, 2L), ids(index.search(newest, TEACHER)));
        assertEquals(List.of(1L), ids(index.search(new SearchQuery("", Map.of(), SearchQuery.Order.NEWEST, 1, 2), TEACHER)));
        assertEquals(3, index.search(newest, TEACHER).total());
    }

    @Test
    void aPageNumberFromAnEditedUrlCannotMakeOneSearchCollectMillions() {
        SearchQuery far = new SearchQuery("điện", Map.of(), SearchQuery.Order.RELEVANCE, 1_000_000, 100);
        assertEquals(SearchQuery.MAX_DEPTH / 100 - 1, far.page());
        assertEquals(0, index.search(far, TEACHER).hits().size(), "past the results: an empty page, not an error");
        assertEquals(3, index.search(far, TEACHER).total());
    }

    @Test
    void badlyTypedQueriesGiveOrdinaryResults() {
        for (String typed : List.of("\"điện công", "*", "title:điện", "status:DRAFT", "điện)", "((", "điện AND OR NOT",
                "a".repeat(10_000), "\u0000điện\u001f", "~điện^5", "", "   ", "\"\"", "điện*", "?")) {
            SearchResults results = index.search(SearchQuery.of(typed), TEACHER);
            assertTrue(results.total() <= 3, typed + " must not reach the private draft");
        }
        assertEquals(3, index.search(SearchQuery.of("*"), TEACHER).total(), "a lone * is no words: everything visible");
        assertEquals(0, index.search(SearchQuery.of("status:DRAFT"), TEACHER).total(), "no field syntax");
        assertEquals(1, index.search(SearchQuery.of("\"điện tử"), TEACHER).total(), "an unbalanced quote is ignored");
    }

    @Test
    void aCommittedChangeIsVisibleAtOnceAndARemovedItemIsGone() {
        index.put(SearchFixtures.published(5, "Mô hình máy tiện", "tiện ren"));
        index.commit();
        assertEquals(List.of(5L), ids(index.search(SearchQuery.of("máy tiện"), TEACHER)));
        index.remove(DocumentKind.RESOURCE, 5);
        index.commit();
        assertEquals(0, index.search(SearchQuery.of("máy tiện"), TEACHER).total());
    }

    @Test
    void aCorruptIndexIsMovedAsideAndReportedForRebuilding() throws IOException {
        index.close();
        Path path = directory.resolve("index");
        try (Stream<Path> files = Files.list(path)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }
        index = LuceneSearchIndex.open(path);
        assertTrue(index.needsRebuild());
        assertEquals(0, index.size());
        try (Stream<Path> siblings = Files.list(directory)) {
            assertTrue(siblings.anyMatch(p -> p.getFileName().toString().startsWith("index-unreadable-")),
                    "the unreadable index is kept for inspection");
        }
        index.close();
        index = LuceneSearchIndex.open(path);
        assertFalse(index.needsRebuild(), "an empty but readable index needs nothing");
    }

    private static Map<String, Long> counts(SearchResults results, Facet facet) {
        return results.facets().get(facet).stream().filter(c -> c.count() > 0)
                .collect(java.util.stream.Collectors.toMap(FacetCount::value, FacetCount::count));
    }

    private static List<Long> ids(SearchResults results) {
        return results.hits().stream().map(SearchResults.Hit::id).toList();
    }
}
