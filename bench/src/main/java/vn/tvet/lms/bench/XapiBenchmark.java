package vn.tvet.lms.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import vn.tvet.lms.launcher.LocalStack;
import vn.tvet.lms.learning.LaunchSecrets;
import vn.tvet.lms.localservices.LocalDatabase;

/**
 * Issue 14's LRS benchmark. Ingestion: 16 connections POST statements to {@code /xapi/statements} (validation, HTTP
 * Basic authentication, storage) for 30 s with 1 and then 10 statements per request; in the same run pgbench inserts
 * the same rows (same table shape and indexes, the same JSON) with 16 clients, one and ten rows per transaction:
 * statements per second, the ratio, and p99. Queries: with about a million statements stored, the common queries
 * (by agent, by activity since a time, by registration) through HTTP: p50/p99.
 */
public final class XapiBenchmark {

    private static final int CLIENTS = 16;
    private static final int SECONDS = 30;
    private static final String HOME = "http://127.0.0.1/bench";

    private final LocalStack stack;
    private final Path work;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String authorization;

    private XapiBenchmark(LocalStack stack, Path work) {
        this.stack = stack;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        int millions = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        Path work = Path.of("bench/target/xapi-bench").toAbsolutePath();
        Measurements.deleteTree(work);
        Files.createDirectories(work);
        LocalStack.Settings settings = new LocalStack.Settings(work.resolve("stack"), Path.of("lms-launcher/target/app"),
                0, 0, 0, true, LocalDatabase.Durability.CRASH_SAFE, List.of());
        try (LocalStack stack = LocalStack.start(settings)) {
            new XapiBenchmark(stack, work).run(millions);
        }
    }

    private void run(int millions) throws Exception {
        authorization = client();
        sql("create table bench_statement (like learning_statement including all)");
        System.out.printf("%n| xAPI statements stored (%d connections, %d s each) | app | pgbench, same rows | ratio |%n"
                + "|---|---|---|---|%n", CLIENTS, SECONDS);
        for (int batch : new int[] {1, 10}) {
            Result app = ingest(batch);
            Result db = pgbench(batch);
            System.out.printf(Locale.ROOT, "| %d per request: statements/s, p99 per request | %.0f /s, %.1f ms | %.0f /s, %.1f ms"
                    + " | %.2f |%n", batch, app.perSecond(), app.p99(), db.perSecond(), db.p99(), app.perSecond() / db.perSecond());
        }
        System.out.println("| target: ≥ 1,500 statements/s at 10 per request, ratio ≥ 0.5 | | | |");
        load(millions * 1_000_000);
        queries();
    }

    /** An LRS client of the Hải Phòng college, stored as the administration stores one. */
    private String client() throws Exception {
        String secret = LaunchSecrets.newToken();
        sql("insert into lrs_client (school_id, name, api_key, secret_hash, may_read, may_write, created_by, created_at)"
                + " select i.id, 'Đo hiệu năng', 'bench-lrs', '" + LaunchSecrets.sha256(secret) + "', true, true, p.id, now()"
                + " from institution i, person p where i.code = 'HP-CDKT' and p.username = 'quantri.mang'");
        return "Basic " + Base64.getEncoder().encodeToString(("bench-lrs:" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private record Result(double perSecond, double p99) {
    }

    private Result ingest(int batch) throws Exception {
        ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        long started = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    StringBuilder body = new StringBuilder("[");
                    for (int i = 0; i < batch; i++) {
                        body.append(i == 0 ? "" : ",").append(statement(ThreadLocalRandom.current().nextInt(10_000)));
                    }
                    body.append("]");
                    try {
                        long start = System.nanoTime();
                        int status = http.send(HttpRequest.newBuilder(stack.url().resolve("/xapi/statements"))
                                .header("Authorization", authorization).header("X-Experience-API-Version", "1.0.3")
                                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body
                                        .toString())).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status == 200) {
                            millis.add((System.nanoTime() - start) / 1e6);
                        } else {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(SECONDS + 60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (failures.get() > 0) {
            System.err.println(failures.get() + " requests failed");
        }
        return new Result(millis.size() * batch / seconds, Measurements.percentile(new ArrayList<>(millis), 99));
    }

    /** pgbench inserting the same rows (the JSON of one statement, fresh ids) into a table shaped like the record. */
    private Result pgbench(int batch) throws Exception {
        String json = statement(42).replace("'", "''");
        StringBuilder script = new StringBuilder("insert into bench_statement (id, school_id, verb_id, activity_id,"
                + " registration, statement, timestamp_at, stored_at) values ");
        for (int i = 0; i < batch; i++) {
            script.append(i == 0 ? "" : ", ").append("(gen_random_uuid(), 1, 'http://adlnet.gov/expapi/verbs/experienced',"
                    + " 'http://127.0.0.1/bench/activity/7', gen_random_uuid(), '").append(json).append("', now(), now())");
        }
        Path file = work.resolve("insert-" + batch + ".sql");
        Files.writeString(file, script.append(";\n").toString());
        Path logs = Files.createDirectories(work.resolve("pgbench-" + batch));
        URI jdbc = URI.create(stack.jdbcUrl().substring("jdbc:".length()));
        ProcessBuilder pgbench = new ProcessBuilder("pgbench", "-n", "-h", jdbc.getHost(), "-p", String.valueOf(jdbc.getPort()),
                "-U", LocalDatabase.USER, "-f", file.toString(), "-c", String.valueOf(CLIENTS), "-j", "2", "-T",
                String.valueOf(SECONDS), "-l", "--log-prefix", logs.resolve("tx").toString(), jdbc.getPath().substring(1))
                .redirectErrorStream(true).redirectOutput(work.resolve("pgbench-" + batch + ".out").toFile());
        pgbench.environment().put("PGPASSWORD", LocalDatabase.PASSWORD);
        if (pgbench.start().waitFor() != 0) {
            throw new IllegalStateException("pgbench failed; see " + work);
        }
        List<Double> latencies = new ArrayList<>();
        try (var files = Files.list(logs)) {
            for (Path log : files.toList()) {
                for (String line : Files.readAllLines(log)) {
                    String[] fields = line.trim().split("\\s+");
                    if (fields.length >= 3) {
                        latencies.add(Long.parseLong(fields[2]) / 1000.0);
                    }
                }
            }
        }
        return new Result(latencies.size() * batch / (double) SECONDS, Measurements.percentile(latencies, 99));
    }

    /** About {@code count} more statements of the college: 10,000 learners, 200 activities, 50,000 registrations. */
    private void load(int count) throws Exception {
        long started = System.nanoTime();
        sql("insert into learning_statement (id, school_id, verb_id, activity_id, registration, statement, timestamp_at,"
                + " stored_at) select gen_random_uuid(), i.id, 'http://adlnet.gov/expapi/verbs/experienced',"
                + " '" + HOME + "/activity/' || (g % 200), cast(md5('r' || (g % 50000)) as uuid),"
                + " jsonb_build_object('actor', jsonb_build_object('objectType', 'Agent', 'account', jsonb_build_object("
                + "'homePage', '" + HOME + "', 'name', 'sv' || (g % 10000))), 'verb', jsonb_build_object('id',"
                + " 'http://adlnet.gov/expapi/verbs/experienced'), 'object', jsonb_build_object('objectType', 'Activity',"
                + " 'id', '" + HOME + "/activity/' || (g % 200)), 'context', jsonb_build_object('registration',"
                + " cast(cast(md5('r' || (g % 50000)) as uuid) as text)), 'timestamp', '2026-11-01T00:00:00Z', 'version',"
                + " '1.0.0'), now() - make_interval(secs => " + count + " - g), now() - make_interval(secs => " + count
                + " - g) from generate_series(1, " + count + ") g, institution i where i.code = 'HP-CDKT'");
        sql("analyze learning_statement");
        System.out.printf(Locale.ROOT, "%n%d statements loaded in %.0f s.%n", count, (System.nanoTime() - started) / 1e9);
    }

    private void queries() throws Exception {
        System.out.printf("%n| query at 1 M statements (through HTTP, 200 each) | p50 | p99 |%n|---|---|---|%n");
        String since = java.time.Instant.now().minus(Duration.ofDays(2)).toString();
        report("by agent", n -> "agent=" + encode("{\"account\":{\"homePage\":\"" + HOME + "\",\"name\":\"sv" + n % 10000 + "\"}}"));
        report("by activity, since two days ago", n -> "activity=" + encode(HOME + "/activity/" + n % 200) + "&since="
                + encode(since));
        report("by registration", n -> "registration=" + md5Uuid("r" + n % 50000));
        System.out.println("| target: p99 under 50 ms | | |");
    }

    private void report(String name, java.util.function.IntFunction<String> parameters) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(stack.url().resolve("/xapi/statements?" + parameters
                    .apply(ThreadLocalRandom.current().nextInt(1_000_000)))).header("Authorization", authorization)
                    .header("X-Experience-API-Version", "1.0.3").build(), HttpResponse.BodyHandlers.ofString());
            millis.add((System.nanoTime() - start) / 1e6);
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(name + " answered " + answer.statusCode() + ": " + answer.body());
            }
        }
        System.out.printf(Locale.ROOT, "| %s | %.1f ms | %.1f ms |%n", name, Measurements.percentile(millis, 50),
                Measurements.percentile(millis, 99));
    }

    private static String statement(int learner) {
        return "{\"actor\":{\"objectType\":\"Agent\",\"name\":\"Học viên " + learner + "\",\"account\":{\"homePage\":\""
                + HOME + "\",\"name\":\"sv" + learner + "\"}},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/experienced\","
                + "\"display\":{\"vi-VN\":\"đã học\"}},\"object\":{\"objectType\":\"Activity\",\"id\":\"" + HOME + "/activity/"
                + learner % 200 + "\",\"definition\":{\"name\":{\"vi-VN\":\"Mô phỏng tủ điện\"}}},\"result\":{\"score\":"
                + "{\"scaled\":0.8},\"success\":true,\"completion\":true,\"duration\":\"PT5M\"},\"context\":{\"registration\":\""
                + UUID.randomUUID() + "\",\"platform\":\"Mô phỏng\"},\"timestamp\":\"2026-12-03T08:00:00+07:00\"}";
    }

    private static String md5Uuid(String text) {
        java.security.MessageDigest md5;
        try {
            md5 = java.security.MessageDigest.getInstance("MD5");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String hex = java.util.HexFormat.of().formatHex(md5.digest(text.getBytes(StandardCharsets.UTF_8)));
        return hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5");
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private void sql(String statement) throws Exception {
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl(), LocalDatabase.USER, LocalDatabase.PASSWORD);
                Statement sql = db.createStatement()) {
            sql.execute(statement);
        }
    }
}
