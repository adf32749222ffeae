package vn.tvet.lms.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tvet.lms.library.Licence;
import vn.tvet.lms.library.ResourceStatus;
import vn.tvet.lms.library.ResourceType;
import vn.tvet.lms.library.SharingScope;
import vn.tvet.lms.search.DocumentKind;
import vn.tvet.lms.search.IndexedResource;
import vn.tvet.lms.search.SearchQuery;
import vn.tvet.lms.search.SearchResults;

/**
 * The checked-in relevance set: a Vietnamese corpus written for the project (src/test/resources/relevance)
 * and queries with and without diacritics, each with the items that must rank within its cut-off. Prints
 * MRR and nDCG@10 over all queries.
 */
class RelevanceTest {

    private static final Map<String, Long> IDS = new HashMap<>();
    private static final Map<Long, String> NAMES = new HashMap<>();
    private static LuceneSearchIndex index;

    @TempDir
    static Path directory;

    private record Judged(String query, int cutOff, List<String> relevant) {
    }

    @BeforeAll
    static void indexCorpus() throws IOException {
        index = LuceneSearchIndex.open(directory.resolve("index"));
        long id = 0;
        for (String[] row : rows("corpus.tsv")) {
            id++;
            IDS.put(row[0], id);
            NAMES.put(id, row[0]);
            index.put(new IndexedResource(id, row[4], "", Set.of(), row[5], ResourceType.valueOf(row[3]), Set.of(row[1]),
                    level(row[2]), Licence.CC_BY, 1 + id % 3, "Trường " + (1 + id % 3), "vi", ResourceStatus.PUBLISHED,
                    SharingScope.PUBLIC, 10, SearchFixtures.NOW));
        }
        index.commit();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void everyQueryFindsItsItemsWithinItsCutOff() throws IOException {
        List<Judged> judged = rows("queries.tsv").stream()
                .map(row -> new Judged(row[0], Integer.parseInt(row[1]), List.of(row[2].split(" ")))).toList();
        assertTrue(judged.size() >= 30, "at least 30 queries");
        double reciprocalRanks = 0;
        double ndcgs = 0;
        List<String> misses = new ArrayList<>();
        for (Judged query : judged) {
            List<String> ranked = top(query.query(), 10);
            int firstRelevant = -1;
            double dcg = 0;
            for (int rank = 0; rank < ranked.size(); rank++) {
                if (query.relevant().contains(ranked.get(rank))) {
                    firstRelevant = firstRelevant < 0 ? rank : firstRelevant;
                    dcg += 1 / log2(rank + 2);
                }
            }
            double ideal = 0;
            for (int rank = 0; rank < Math.min(10, query.relevant().size()); rank++) {
                ideal += 1 / log2(rank + 2);
            }
            reciprocalRanks += firstRelevant < 0 ? 0 : 1.0 / (firstRelevant + 1);
            ndcgs += dcg / ideal;
            for (String item : query.relevant()) {
                int rank = ranked.indexOf(item);
                if (rank < 0 || rank >= query.cutOff()) {
                    misses.add("«" + query.query() + "»: " + item + " at " + (rank < 0 ? "none" : rank + 1)
                            + ", top " + ranked.subList(0, Math.min(3, ranked.size())));
                }
            }
        }
        double mrr = reciprocalRanks / judged.size();
        double ndcg = ndcgs / judged.size();
        System.out.printf("Relevance over %d queries, %d items: MRR %.3f, nDCG@10 %.3f%n", judged.size(), IDS.size(), mrr, ndcg);
        assertEquals(List.of(), misses);
        assertTrue(mrr >= 0.95, "MRR " + mrr);
    }

    @Test
    void exactDiacriticsRankAboveFoldedLookAlikes() {
        List<String> ranked = top("đường", 30);
        int lastDuong = Math.max(ranked.indexOf("T04"), ranked.indexOf("T39"));
        for (String item : List.of("T03", "T17", "T38")) {
            assertTrue(ranked.indexOf(item) >= 0 && ranked.indexOf(item) < ranked.indexOf("T04"),
                    item + " (đường) before T04 (dương): " + ranked);
        }
        assertTrue(lastDuong > 0, "folded matches are still found: " + ranked);
        List<String> shirts = top("áo", 10);
        assertTrue(shirts.indexOf("T01") > shirts.indexOf("T02") && shirts.indexOf("T01") > shirts.indexOf("T24"),
                "áo (shirt) before ảo (virtual): " + shirts);
        assertEquals("T01", top("ảo", 1).get(0), "ảo (virtual) before áo (shirt)");
    }

    @Test
    void wordsStandingTogetherBeatTheSameWordsScattered() {
        List<String> ranked = top("giáo dục nghề nghiệp", 5);
        assertTrue(ranked.indexOf("T05") < ranked.indexOf("T06") || ranked.indexOf("T06") < 0, ranked.toString());
        assertEquals("T05", ranked.get(0));
    }

    @Test
    void decomposedAndUpperCaseQueriesFindTheSame() {
        String nfd = Normalizer.normalize("xưởng thực hành ảo", Normalizer.Form.NFD);
        assertEquals(top("xưởng thực hành ảo", 5), top(nfd, 5));
        assertEquals(top("xưởng thực hành ảo", 5), top("XƯỞNG THỰC HÀNH ẢO", 5));
    }

    @Test
    void textWithoutDiacriticsIsFoundByAccentedQueries() {
        assertEquals("T07", top("quy trình an toàn khi làm việc trên cao", 1).get(0));
        assertEquals("T30", top("máy biến áp phân phối", 1).get(0));
    }

    @Test
    void snippetsMarkTheMatchesAndEscapeEverythingElse() {
        SearchResults results = index.search(SearchQuery.of("đường dây trung thế"), SearchFixtures.EVERYONE_PUBLISHED);
        String snippet = results.hits().get(0).snippetHtml();
        assertTrue(snippet.contains("<mark>đường dây trung thế</mark>"), snippet);
        index.put(SearchFixtures.published(10_000, "Sơ đồ <script>", "Mạch <b>đèn</b> cầu thang & <script>alert(1)</script>"));
        index.commit();
        String escaped = index.search(SearchQuery.of("đèn cầu thang"), SearchFixtures.EVERYONE_PUBLISHED).hits().get(0).snippetHtml();
        assertTrue(escaped.contains("&lt;script&gt;") && !escaped.contains("<script>") && !escaped.contains("<b>"), escaped);
        assertTrue(escaped.contains("<mark>"), escaped);
        index.remove(DocumentKind.RESOURCE, 10_000);
        index.commit();
    }

    private static List<String> top(String text, int size) {
        SearchResults results = index.search(new SearchQuery(text, Map.of(), SearchQuery.Order.RELEVANCE, 0, size),
                SearchFixtures.EVERYONE_PUBLISHED);
        return results.hits().stream().map(hit -> NAMES.get(hit.id())).toList();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static String level(String corpusLevel) {
        return switch (corpusLevel) {
            case "SO_CAP" -> "ELEMENTARY";
            case "TRUNG_CAP" -> "INTERMEDIATE";
            default -> "COLLEGE";
        };
    }

    private static List<String[]> rows(String name) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                RelevanceTest.class.getResourceAsStream("/relevance/" + name), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        }
        return rows;
    }
}
