package vn.tvet.lms.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.library.ResourceType;
import vn.tvet.lms.search.DocumentKind;
import vn.tvet.lms.search.Facet;
import vn.tvet.lms.search.IndexedResource;
import vn.tvet.lms.search.SearchIndex;
import vn.tvet.lms.search.SearchQuery;
import vn.tvet.lms.search.SearchResults;
import vn.tvet.lms.search.SearchResults.FacetCount;
import vn.tvet.lms.search.SearchResults.Hit;

/**
 * The search index in a directory on local disk: one {@link IndexWriter} for the life of the application,
 * a {@link SearcherManager} refreshed after every commit (near-real-time), facets from sorted-set doc
 * values counted sideways (so ticking a value of one facet leaves that facet's other counts visible), and
 * snippets from the unified highlighter over the stored, folded text.
 *
 * <p>At start an index that cannot be opened (corrupt, from another Lucene version) is moved aside and
 * a fresh one created; {@link #needsRebuild()} then says so, and so it does for a missing index.
 */
public final class LuceneSearchIndex implements SearchIndex, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LuceneSearchIndex.class.getName());
    private static final int FACET_VALUES = 50;
    private static final int SNIPPET_CHARS = 10_000;
    /**
     * The document layout, kept in each commit; an index written with another layout is rebuilt at start.
     * 2: documents keyed by kind and id (library items, modules, programmes, frameworks).
     * 3: programmes visible to every signed-in person; library item titles no longer in module text.
     * 4: titles and texts without any diacritics are marked, so their folded matches count as exact.
     */
    static final String LAYOUT = "4";
    private static final String LAYOUT_KEY = "layout";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facetsConfig = ResourceFields.facetsConfig();
    private final Analyzer analyzer = VietnameseAnalyzers.perField();
    private final TextQueryBuilder queries = new TextQueryBuilder(VietnameseAnalyzers.exact(), VietnameseAnalyzers.folded());
    private final boolean needsRebuild;

    private LuceneSearchIndex(Directory directory, boolean needsRebuild) throws IOException {
        this.directory = directory;
        this.needsRebuild = needsRebuild;
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        // Every commit from here on, including the one closing makes, records the layout it was written with.
        this.writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT).entrySet());
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new FacetedSearcher(reader);
            }
        });
    }

    /** Opens the index in {@code path}, replacing one that cannot be read. */
    public static LuceneSearchIndex open(Path path) {
        try {
            Files.createDirectories(path);
            boolean usable = readable(path);
            if (!usable && !isEmpty(path)) {
                Path aside = path.resolveSibling(path.getFileName() + "-unreadable-" + Instant.now().toEpochMilli());
                LOG.log(Level.WARNING, "Search index at {0} cannot be read; moved to {1} and rebuilt", path, aside);
                Files.move(path, aside);
                Files.createDirectories(path);
            }
            return new LuceneSearchIndex(FSDirectory.open(path), !usable);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + path, e);
        }
    }

    /** Whether the index was missing or unreadable at start, so everything must be indexed again. */
    public boolean needsRebuild() {
        return needsRebuild;
    }

    private static boolean readable(Path path) {
        try (Directory dir = FSDirectory.open(path)) {
            if (!DirectoryReader.indexExists(dir)) {
                return false;
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                // Opening reads and checksums the segment infos; touching each leaf opens its core files.
                reader.leaves().forEach(leaf -> leaf.reader().numDocs());
                String layout = reader.getIndexCommit().getUserData().get(LAYOUT_KEY);
                if (!LAYOUT.equals(layout)) {
                    LOG.log(Level.WARNING, "Search index at {0} has layout {1}, this version writes {2}", path, layout, LAYOUT);
                    return false;
                }
                return true;
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Search index at {0} is unreadable: {1}", path, e.toString());
            return false;
        }
    }

    private static boolean isEmpty(Path path) throws IOException {
        try (Stream<Path> files = Files.list(path)) {
            return files.findAny().isEmpty();
        }
    }

    @Override
    public void put(IndexedResource resource) {
        try {
            writer.updateDocument(new Term(ResourceFields.KEY, resource.key()),
                    ResourceFields.document(resource, facetsConfig));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index resource " + resource.id(), e);
        }
    }

    @Override
    public void remove(DocumentKind kind, long id) {
        try {
            writer.deleteDocuments(new Term(ResourceFields.KEY, kind.name() + ":" + id));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + kind + " " + id, e);
        }
    }

    @Override
    public void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot commit the search index", e);
        }
    }

    @Override
    public void clear() {
        try {
            writer.deleteAll();
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the search index", e);
        }
    }

    @Override
    public long size() {
        return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    @Override
    public SearchResults search(SearchQuery query, Viewer viewer) {
        return withSearcher(searcher -> {
            if (searcher.facetState == null) {
                return SearchResults.empty();
            }
            Query text = queries.build(query.text());
            Query visible = new BooleanQuery.Builder().add(text, Occur.MUST)
                    .add(VisibilityFilter.forViewer(viewer), Occur.FILTER).build();
            DrillDownQuery drillDown = new DrillDownQuery(facetsConfig, visible);
            // Adding one dimension several times ORs its values (a varargs add would be a hierarchical path).
            query.selected().forEach((facet, values) ->
                    values.forEach(value -> drillDown.add(ResourceFields.dimension(facet), value)));
            int wanted = (query.page() + 1) * query.pageSize();
            Sort sort = query.order() == SearchQuery.Order.NEWEST
                    ? new Sort(new SortField(ResourceFields.UPDATED, SortField.Type.LONG, true))
                    : Sort.RELEVANCE;
            DrillSideways.DrillSidewaysResult result = new DrillSideways(searcher, facetsConfig, searcher.facetState)
                    .search(drillDown, null, null, wanted, sort, query.order() == SearchQuery.Order.NEWEST);
            ScoreDoc[] page = Arrays.copyOfRange(result.hits.scoreDocs,
                    Math.min(result.hits.scoreDocs.length, query.page() * query.pageSize()), result.hits.scoreDocs.length);
            return new SearchResults(result.hits.totalHits.value, hits(searcher, text, page),
                    facetCounts(result.facets, query));
        });
    }

    /** The text part of a search alone (no visibility, facets or snippets), for comparing with bare Lucene. */
    public Query textQuery(String text) {
        return queries.build(text);
    }

    private List<Hit> hits(IndexSearcher searcher, Query text, ScoreDoc[] page) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxLength(SNIPPET_CHARS)
                .build();
        String[] snippets = highlighter.highlight(ResourceFields.BODY_FOLDED, text,
                new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page), 2);
        StoredFields stored = searcher.storedFields();
        List<Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document doc = stored.document(page[i].doc);
            hits.add(new Hit(Long.parseLong(doc.get(ResourceFields.ID)), doc.get(ResourceFields.TITLE),
                    snippets[i] == null ? "" : snippets[i],
                    doc.get(ResourceFields.TYPE) == null ? null : ResourceType.valueOf(doc.get(ResourceFields.TYPE)),
                    Long.parseLong(doc.get(ResourceFields.SCHOOL)), doc.get(ResourceFields.SCHOOL_NAME),
                    Instant.ofEpochMilli(doc.getField(ResourceFields.UPDATED).numericValue().longValue()),
                    Float.isNaN(page[i].score) ? 0f : page[i].score, DocumentKind.valueOf(doc.get(ResourceFields.KIND))));
        }
        return hits;
    }

    private static Map<Facet, List<FacetCount>> facetCounts(Facets facets, SearchQuery query) throws IOException {
        Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Set<String> selected = query.selected().getOrDefault(facet, Set.of());
            List<FacetCount> values = new ArrayList<>();
            FacetResult result = topChildren(facets, ResourceFields.dimension(facet));
            if (result != null) {
                for (LabelAndValue value : result.labelValues) {
                    values.add(new FacetCount(value.label, value.value.longValue(), selected.contains(value.label)));
                }
            }
            // A ticked value with no results left still shows, so it can be unticked.
            selected.stream().filter(value -> values.stream().noneMatch(v -> v.value().equals(value)))
                    .forEach(value -> values.add(new FacetCount(value, 0, true)));
            values.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
            counts.put(facet, List.copyOf(values));
        }
        return counts;
    }

    /** A dimension nothing was ever indexed under has no counts (Lucene answers that with an exception). */
    private static FacetResult topChildren(Facets facets, String dimension) throws IOException {
        try {
            return facets.getTopChildren(FACET_VALUES, dimension);
        } catch (IllegalArgumentException notIndexed) {
            return null;
        }
    }

    private <T> T withSearcher(SearcherCall<T> call) {
        try {
            FacetedSearcher searcher = (FacetedSearcher) searchers.acquire();
            try {
                return call.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Search index unreadable", e);
        }
    }

    @FunctionalInterface
    private interface SearcherCall<T> {
        T run(FacetedSearcher searcher) throws IOException;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the search index", e);
        }
    }

    /** A searcher with its facet ordinals, built once per reopened reader rather than once per search. */
    private static final class FacetedSearcher extends IndexSearcher {

        private final SortedSetDocValuesReaderState facetState;

        FacetedSearcher(IndexReader reader) {
            super(reader);
            this.facetState = facetState(reader);
        }

        private static SortedSetDocValuesReaderState facetState(IndexReader reader) {
            try {
                return reader.numDocs() == 0 ? null : new DefaultSortedSetDocValuesReaderState(reader, ResourceFields.facetsConfig());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (IllegalArgumentException noFacetsYet) {
                return null;
            }
        }
    }
}
