package vn.tvet.lms.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tvet.lms.launcher.LocalStack;
import vn.tvet.lms.launcher.SignedInClient;
import vn.tvet.lms.learning.LaunchSecrets;
import vn.tvet.lms.localservices.LocalDatabase;

/**
 * Issue 14's SCORM commit benchmark: 500 learners of the Quảng Ninh demo class each have the SCORM 1.2 lesson open
 * (their attempt and launch made like the first learner's, whose launch goes through the lesson player), open the
 * runtime page on the content origin, and commit every 30 to 60 seconds (randomised) a data model of realistic size:
 * location, 1 to 4 KB of suspend data, status, session time, score and a growing list of interactions, the whole
 * model each time as the runtime sends it. Reported: commit latency p50/p99 over HTTP on loopback, and the
 * application's CPU time per commit.
 */
public final class ScormBenchmark {

    private static final String CLASS_CODE = "DCN-QN-MĐ05";
    private static final Pattern FRAME = Pattern.compile("id=\"scormPlayer\" src=\"([^\"]+)\"");
    private static final Pattern COMMIT_URL = Pattern.compile("\"commitUrl\":\"(commit/\\d+)\"");

    private final LocalStack stack;
    private final int learners;
    private final int minutes;
    private final Random random = new Random(2026);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ConcurrentLinkedQueue<Double> commitMillis = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failures = new AtomicInteger();

    private ScormBenchmark(LocalStack stack, int learners, int minutes) {
        this.stack = stack;
        this.learners = learners;
        this.minutes = minutes;
    }

    public static void main(String[] args) throws Exception {
        int learners = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int minutes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path work = Path.of("bench/target/scorm-bench").toAbsolutePath();
        Measurements.deleteTree(work);
        Files.createDirectories(work);
        LocalStack.Settings settings = new LocalStack.Settings(work.resolve("stack"), Path.of("lms-launcher/target/app"),
                0, 0, 0, true, LocalDatabase.Durability.CRASH_SAFE, List.of());
        try (LocalStack stack = LocalStack.start(settings)) {
            new ScormBenchmark(stack, learners, minutes).run();
        }
    }

    private void run() throws Exception {
        long classId = BenchLearners.enrol(stack, "scorm.sv", learners, "QN-CDCN", CLASS_CODE);
        // the first learner launches through the lesson player; the others' attempts and launches are made like theirs
        SignedInClient first = SignedInClient.signIn(stack.url(), "scorm.sv1", "Demo@2026");
        String player = first.send(HttpRequest.newBuilder(first.url("/learning/class.xhtml?id=" + classId + "&step=0")),
                HttpResponse.BodyHandlers.ofString()).body();
        String runtime = match(FRAME, player);
        String origin = runtime.substring(0, runtime.indexOf("/content/"));
        List<String> runtimes = new ArrayList<>(List.of(runtime));
        runtimes.addAll(launchOthers(origin));
        long pid = stack.applicationPid();

        ScheduledExecutorService clock = Executors.newScheduledThreadPool(4);
        ExecutorService workers = Executors.newFixedThreadPool(64);
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        long cpuBefore = Measurements.cpuTicks(pid);
        long started = System.nanoTime();
        for (String page : runtimes) {
            clock.schedule(() -> workers.submit(() -> learn(page, clock, workers, end)), random.nextInt(30_000),
                    TimeUnit.MILLISECONDS);
        }
        while (System.nanoTime() < end) {
            Thread.sleep(1000);
        }
        clock.shutdownNow();
        workers.shutdown();
        workers.awaitTermination(1, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (Measurements.cpuTicks(pid) - cpuBefore) / 100.0;
        List<Double> commits = new ArrayList<>(commitMillis);
        double p50 = Measurements.percentile(commits, 50);
        double p99 = Measurements.percentile(commits, 99);
        System.out.printf("%n| SCORM commits (%d learners, %.0f s) | value |%n|---|---|%n", runtimes.size(), seconds);
        System.out.printf("| commits stored (whole data model, 1–4 KB suspend data, interactions) | %d (%d failed) |%n",
                commits.size(), failures.get());
        System.out.printf("| commit rate | %.1f /s |%n", commits.size() / seconds);
        System.out.printf("| commit latency p50 / p99 (HTTP on loopback, acknowledged after the database commit) | %.1f ms /"
                + " %.1f ms |%n", p50, p99);
        System.out.printf("| application CPU per commit (runtime page openings included) | %.1f ms |%n",
                cpuSeconds * 1000 / Math.max(1, commits.size()));
        System.out.printf("| target: p99 under 100 ms | %s |%n", p99 < 100 ? "met" : "not met");
    }

    /** Attempts and launches for every other learner, shaped like the first learner's. */
    private List<String> launchOthers(String origin) throws Exception {
        List<String> runtimes = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl(), LocalDatabase.USER, LocalDatabase.PASSWORD)) {
            db.createStatement().executeUpdate("insert into scorm_attempt (school_id, person_id, class_id, registration,"
                    + " activity_id, resource_id, version_number, sco_id, number, scorm_version, data, completion_status,"
                    + " success_status, started_at, updated_at) select a.school_id, e.person_id, a.class_id, e.registration,"
                    + " a.activity_id, a.resource_id, a.version_number, a.sco_id, 1, a.scorm_version, '{}', 'not attempted',"
                    + " 'unknown', now(), now() from scorm_attempt a join person f on f.id = a.person_id and f.username ="
                    + " 'scorm.sv1' join class_enrolment e on e.class_id = a.class_id join person p on p.id = e.person_id"
                    + " and p.username like 'scorm.sv%' and p.username <> 'scorm.sv1'");
            PreparedStatement launch = db.prepareStatement("insert into content_launch (token_sha256, school_id, person_id,"
                    + " class_id, step_index, sco_id, attempt_id, created_at, expires_at) select ?, a.school_id, a.person_id,"
                    + " a.class_id, 0, a.sco_id, a.id, now(), now() + interval '8 hours' from scorm_attempt a"
                    + " where a.id = ?");
            try (ResultSet attempts = db.createStatement().executeQuery("select a.id from scorm_attempt a join person p on"
                    + " p.id = a.person_id where p.username like 'scorm.sv%' and p.username <> 'scorm.sv1'")) {
                while (attempts.next()) {
                    String token = LaunchSecrets.newToken();
                    launch.setString(1, LaunchSecrets.sha256(token));
                    launch.setLong(2, attempts.getLong(1));
                    launch.addBatch();
                    runtimes.add(origin + "/content/" + token + "/");
                }
            }
            launch.executeBatch();
        }
        return runtimes;
    }

    /** One learner: open the runtime page, then commit every 30 to 60 s until the end. */
    private void learn(String runtime, ScheduledExecutorService clock, ExecutorService workers, long end) {
        try {
            String page = http.send(HttpRequest.newBuilder(URI.create(runtime)).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            String commitUrl = runtime + match(COMMIT_URL, page);
            commit(commitUrl, 1, clock, workers, end);
        } catch (Exception e) {
            failures.incrementAndGet();
            System.err.println("learner failed: " + e);
        }
    }

    private void commit(String commitUrl, int sequence, ScheduledExecutorService clock, ExecutorService workers, long end) {
        if (System.nanoTime() >= end) {
            return;
        }
        try {
            String body = dataModel(sequence);
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(commitUrl))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            double millis = (System.nanoTime() - start) / 1e6;
            if (answer.statusCode() == 200) {
                commitMillis.add(millis);
            } else {
                failures.incrementAndGet();
                System.err.println("commit answered " + answer.statusCode() + ": " + answer.body());
            }
        } catch (Exception e) {
            failures.incrementAndGet();
            System.err.println("commit failed: " + e);
        }
        clock.schedule(() -> workers.submit(() -> commit(commitUrl, sequence + 1, clock, workers, end)),
                30_000 + random.nextInt(30_000), TimeUnit.MILLISECONDS);
    }

    /** The whole 1.2 data model as the runtime sends it, growing by one interaction per commit (up to 20). */
    private String dataModel(int sequence) {
        StringBuilder json = new StringBuilder("{");
        json.append("\"cmi.core.lesson_location\":\"trang-").append(sequence).append("\",");
        json.append("\"cmi.core.lesson_status\":\"incomplete\",\"cmi.core.exit\":\"\",");
        json.append("\"cmi.core.session_time\":\"0000:0").append(Math.min(9, sequence)).append(":30\",");
        json.append("\"cmi.core.score.raw\":\"").append(Math.min(100, sequence * 7)).append("\",");
        json.append("\"cmi.core.score.min\":\"0\",\"cmi.core.score.max\":\"100\",");
        json.append("\"cmi.suspend_data\":\"").append("da-xem=1,2,3;".repeat(80 + random.nextInt(230))).append("\",");
        for (int i = 0; i < Math.min(20, sequence); i++) {
            json.append("\"cmi.interactions.").append(i).append(".id\":\"cau-").append(i).append("\",");
            json.append("\"cmi.interactions.").append(i).append(".type\":\"choice\",");
            json.append("\"cmi.interactions.").append(i).append(".student_response\":\"a\",");
            json.append("\"cmi.interactions.").append(i).append(".result\":\"correct\",");
        }
        json.append("\"commitSequence\":").append(sequence).append("}");
        return json.toString();
    }

    private static String match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + pattern + " in " + text.substring(0, Math.min(text.length(), 1500)));
        }
        return matcher.group(1);
    }
}
