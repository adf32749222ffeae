package vn.tvet.lms.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.library.Licence;
import vn.tvet.lms.library.ResourceStatus;
import vn.tvet.lms.library.ResourceType;
import vn.tvet.lms.library.SharingScope;
import vn.tvet.lms.search.IndexedResource;
import vn.tvet.lms.search.SearchQuery;
import vn.tvet.lms.search.lucene.LuceneSearchIndex;

/**
 * Search benchmark (issue 4): on a generated corpus of 100,000 Vietnamese resources, the app's search
 * service (visibility filter inside the query, six facets counted sideways, highlighted snippets, one page
 * of 10) against a bare Lucene {@link IndexSearcher} running the same text query on the same index for its
 * top 10. Single-term, two-term, phrase and no-diacritic queries; indexing throughput; commit to visible.
 */
public final class SearchBenchmark {

    private static final int DOCUMENTS = 100_000;
    private static final int WARM_UP = 300;
    private static final int MEASURED = 500;

    private static final String[] TOPICS = {"lắp đặt tủ điện phân phối", "đấu nối động cơ điện ba pha", "khí cụ điện hạ áp",
        "mạch điện chiếu sáng", "bảo vệ rơ le", "cung cấp điện cho phân xưởng", "máy điện một chiều", "truyền động điện",
        "nối đất và chống sét", "điều khiển điện khí nén", "hàn hồ quang tay", "hàn khí bảo vệ", "tiện ren tam giác",
        "phay mặt phẳng", "lập trình PLC", "vi điều khiển", "hệ thống phanh ô tô", "động cơ phun xăng điện tử",
        "lập trình web", "cơ sở dữ liệu", "nghiệp vụ lễ tân", "phục vụ bàn", "quản lý kho hàng", "vận tải đường biển",
        "xưởng thực hành ảo", "an toàn vệ sinh lao động", "đường dây trung thế", "máy biến áp", "năng lượng mặt trời",
        "chế biến món ăn", "thiết kế rập áo", "kế toán doanh nghiệp", "chăm sóc khách hàng", "tin học văn phòng"};
    private static final String[] FILLER = {"người học", "thực hành", "lý thuyết", "bài tập", "đánh giá", "quy trình", "an toàn",
        "thiết bị", "giáo viên", "doanh nghiệp", "kỹ năng", "trình độ", "cao đẳng", "trung cấp", "sơ cấp", "mô đun", "bài học",
        "tiêu chuẩn", "chất lượng", "kiểm tra", "vận hành", "bảo dưỡng", "sửa chữa", "lắp ráp", "đo lường", "tài liệu",
        "hướng dẫn", "nhà trường", "xưởng", "phòng thí nghiệm"};
    private static final String[] OCCUPATIONS = {"6520227", "6520225", "6520121", "6520123", "6510216", "6480202", "6810201",
        "6810206", "6340113", "6840109"};

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "bench/target/search-bench").toAbsolutePath();
        Path indexDir = work.resolve("index");
        if (Files.exists(indexDir)) {
            try (var files = Files.walk(indexDir)) {
                files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Random random = new Random(2026);
        try (LuceneSearchIndex index = LuceneSearchIndex.open(indexDir)) {
            long start = System.nanoTime();
            for (int id = 1; id <= DOCUMENTS; id++) {
                index.put(resource(id, random));
            }
            index.commit();
            double indexingSeconds = (System.nanoTime() - start) / 1e9;

            List<Double> visible = new ArrayList<>();
            Viewer author = new Viewer(7L, Set.of(3L), Set.of(), false);
            for (int i = 0; i < 20; i++) {
                long id = DOCUMENTS + 1 + i;
                long begin = System.nanoTime();
                index.put(new IndexedResource(id, "Bài kiểm tra hiển thị số " + i + " xyzvisible" + i, "", Set.of(), "", ResourceType.DOCUMENT,
                        Set.of("6520227"), "COLLEGE", Licence.CC_BY, 3, "Trường 3", "vi", ResourceStatus.DRAFT, SharingScope.PRIVATE, 7,
                        Instant.now()));
                index.commit();
                while (index.search(SearchQuery.of("xyzvisible" + i), author).total() == 0) {
                    Thread.onSpinWait();
                }
                visible.add((System.nanoTime() - begin) / 1e6);
            }

            Viewer teacher = new Viewer(1001L, Set.of(3L), Set.of(), false);
            try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
                IndexSearcher bare = new IndexSearcher(reader);
                System.out.printf("Corpus: %,d generated resources; indexing %.0f documents/s (%.1f s incl. commit)%n",
                        DOCUMENTS, DOCUMENTS / indexingSeconds, indexingSeconds);
                System.out.printf("Commit to visible (20 single changes, put + commit + refresh until found): median %.1f ms, max %.1f ms%n",
                        percentile(visible, 50), percentile(visible, 100));
                System.out.println();
                System.out.println("| query kind | app p50 | app p99 | bare Lucene p50 | bare Lucene p99 | app QPS | bare QPS | QPS ratio (app/bare) |");
                System.out.println("|---|---|---|---|---|---|---|---|");
                run("single term", () -> pick(random, new String[] {"điện", "hàn", "kho", "khách", "động", "máy", "bảo"}), index, bare, teacher);
                run("two terms", () -> pick(random, TOPICS).split(" ")[0] + " " + pick(random, FILLER).split(" ")[0], index, bare, teacher);
                run("phrase", () -> "\"" + pick(random, TOPICS) + "\"", index, bare, teacher);
                run("no diacritics", () -> fold(pick(random, TOPICS)), index, bare, teacher);
            }
        }
    }

    private static void run(String kind, Supplier<String> queries, LuceneSearchIndex index, IndexSearcher bare, Viewer viewer)
            throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            texts.add(queries.get());
        }
        List<Double> app = new ArrayList<>();
        List<Double> lucene = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            long t0 = System.nanoTime();
            index.search(new SearchQuery(text, Map.of(), SearchQuery.Order.RELEVANCE, 0, 10), viewer);
            long t1 = System.nanoTime();
            Query query = index.textQuery(text);
            bare.search(query, 10);
            long t2 = System.nanoTime();
            if (i >= WARM_UP) {
                app.add((t1 - t0) / 1e6);
                lucene.add((t2 - t1) / 1e6);
            }
        }
        double appQps = 1000 / mean(app);
        double bareQps = 1000 / mean(lucene);
        System.out.printf("| %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.0f | %.0f | %.2f |%n", kind, percentile(app, 50),
                percentile(app, 99), percentile(lucene, 50), percentile(lucene, 99), appQps, bareQps, appQps / bareQps);
    }

    private static IndexedResource resource(long id, Random random) {
        String topic = pick(random, TOPICS);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            text.append(random.nextInt(8) == 0 ? pick(random, TOPICS) : pick(random, FILLER)).append(i % 12 == 11 ? ". " : " ");
        }
        boolean ocr = random.nextInt(20) == 0;
        String title = (random.nextBoolean() ? "Mô đun " : "Bài giảng ") + topic;
        String body = ocr ? fold(text.toString()) : text.toString();
        ResourceStatus status = random.nextInt(10) == 0 ? ResourceStatus.DRAFT : ResourceStatus.PUBLISHED;
        SharingScope scope = SharingScope.values()[random.nextInt(SharingScope.values().length)];
        long school = 1 + random.nextInt(50);
        return new IndexedResource(id, title, "Học liệu về " + topic, Set.of(), body, ResourceType.values()[random.nextInt(10)],
                Set.of(pick(random, OCCUPATIONS)), random.nextBoolean() ? "COLLEGE" : "INTERMEDIATE",
                Licence.values()[random.nextInt(Licence.values().length)], school, "Trường " + school, "vi", status, scope,
                1 + random.nextInt(2000), Instant.ofEpochSecond(1_700_000_000L + id * 60));
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
