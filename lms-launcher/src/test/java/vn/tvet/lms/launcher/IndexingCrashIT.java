package vn.tvet.lms.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.tvet.lms.localservices.LocalDatabase;

/**
 * The indexing queue survives crashes: the application is killed (SIGKILL) while it works through
 * thousands of queued changes, and after the restart the index catches up with every one of them, once.
 * Then the index directory is deleted while the application is down, and the next start rebuilds it.
 */
class IndexingCrashIT {

    private static final int RESOURCES = 5000;
    private static final String QUERY = "kiểm tra sự cố chỉ mục";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aKilledIndexerCatchesUpAndAMissingIndexIsRebuilt() throws Exception {
        Path data = RunningApplication.freshDirectory("indexing-crash");
        long before;
        try (LocalStack stack = LocalStack.start(RunningApplication.settings(data))) {
            awaitPending(stack, 0);
            before = total(stack);
            queueManyPublicResources(stack);

            long pendingAtKill = awaitIndexingUnderWay(stack);
            stack.killAndRestartApplication();

            awaitPending(stack, 0);
            assertEquals(RESOURCES, total(stack) - before, "every queued change is in the index, once (killed with "
                    + pendingAtKill + " still queued)");

            stack.killAndRestartApplication(); // a clean index survives a kill as well
            assertEquals(RESOURCES, total(stack) - before);
        }
        deleteTree(data.resolve("search-index"));
        try (LocalStack stack = LocalStack.start(RunningApplication.settings(data))) {
            awaitPending(stack, 0);
            assertEquals(RESOURCES + before, total(stack), "the missing index was rebuilt at start");
        }
    }

    /** Inserts the resources and their queue rows in one transaction, as a bulk import would. */
    private static void queueManyPublicResources(LocalStack stack) throws SQLException {
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl(), LocalDatabase.USER, LocalDatabase.PASSWORD);
                Statement sql = db.createStatement()) {
            db.setAutoCommit(false);
            sql.executeUpdate("insert into learning_resource (owner_id, author_id, title, description, type, language, licence,"
                    + " scope, status, created_at, updated_at) select i.id, p.id, 'Bài kiểm tra sự cố chỉ mục số ' || n,"
                    + " 'Học liệu sinh ra cho phép thử sự cố', 'DOCUMENT', 'vi', 'CC_BY', 'PUBLIC', 'PUBLISHED', now(), now()"
                    + " from generate_series(1, " + RESOURCES + ") n, institution i, person p"
                    + " where i.code = 'HP-CDKT' and p.username = 'hpcd.gv1'");
            sql.executeUpdate("insert into search_index_task (document_id, enqueued_at) select id, now() from learning_resource"
                    + " where title like 'Bài kiểm tra sự cố chỉ mục số %'");
            db.commit();
        }
    }

    /** Waits until the worker has committed some batches but not all, and returns how many tasks remain. */
    private static long awaitIndexingUnderWay(LocalStack stack) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            long pending = pending(stack);
            if (pending > 0 && pending < RESOURCES) {
                return pending;
            }
            assertTrue(pending > 0, "indexing finished before the kill; the test needs more resources");
            Thread.sleep(5);
        }
        throw new AssertionError("indexing never started");
    }

    private static void awaitPending(LocalStack stack, long wanted) throws Exception {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (pending(stack) != wanted) {
            assertTrue(System.nanoTime() < deadline, "the index did not catch up: " + pending(stack) + " pending");
            Thread.sleep(100);
        }
    }

    private static long pending(LocalStack stack) {
        return new RunningApplication.App(stack).queryLong(
                "select count(*) from search_index_task where document_id > cast(? as bigint)", "0");
    }

    private long total(LocalStack stack) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(stack.url().resolve("/api/search?size=1&q="
                + URLEncoder.encode(QUERY, StandardCharsets.UTF_8)).toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        java.util.regex.Matcher total = java.util.regex.Pattern.compile("\"total\":(\\d+)").matcher(answer.body());
        assertTrue(total.find(), answer.body());
        return Long.parseLong(total.group(1));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
