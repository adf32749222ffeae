package vn.tvet.lms.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tvet.lms.launcher.LocalStack;
import vn.tvet.lms.launcher.SignedInClient;
import vn.tvet.lms.localservices.LocalDatabase;

/**
 * Issue 13's quiz benchmark: 300 learners of the demo class DCN-K24A start its 20-question review quiz within a
 * minute, each through the real pages over HTTP (sign in, open the quiz step, start the attempt), then save an
 * answer every 5 to 15 seconds through the page's own AJAX request and submit. Reported: p50 and p99 of the
 * answer-save latency, and the application's CPU time per save; then, in the same run and the same PostgreSQL,
 * pgbench upserts the same rows (same table shape, same key, same rate, as many clients as saves ever ran at
 * once) and the ratio of the two latencies says what the application adds to the database's own cost.
 */
public final class QuizBenchmark {

    private static final String CLASS_CODE = "DCN-K24A-MĐ07";
    private static final String QUIZ_TITLE = "Ôn tập cuối khóa";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]+)\"");
    private static final Pattern RADIO = Pattern.compile("<input[^>]*type=\"radio\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final Pattern ATTEMPT = Pattern.compile("[?&]attempt=([0-9a-f-]{36})");

    private final int learners;
    private final LocalStack stack;
    private final Random random = new Random(2026);
    private final ConcurrentLinkedQueue<Double> saveMillis = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peakInFlight = new AtomicInteger();

    private QuizBenchmark(LocalStack stack, int learners) {
        this.stack = stack;
        this.learners = learners;
    }

    public static void main(String[] args) throws Exception {
        int learners = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Path work = Path.of(args.length > 1 ? args[1] : "bench/target/quiz-bench").toAbsolutePath();
        Measurements.deleteTree(work);
        Files.createDirectories(work);
        LocalStack.Settings settings = new LocalStack.Settings(work.resolve("stack"), Path.of("lms-launcher/target/app"),
                0, 0, 0, true, LocalDatabase.Durability.CRASH_SAFE, List.of());
        try (LocalStack stack = LocalStack.start(settings)) {
            new QuizBenchmark(stack, learners).run(work);
        }
    }

    private void run(Path work) throws Exception {
        long classId = BenchLearners.enrol(stack, "bench.sv", learners, "HP-CDKT", CLASS_CODE);
        List<SignedInClient> clients = signIn();
        int quizStep = findQuizStep(clients.get(0), classId);
        long pid = stack.applicationPid();

        ScheduledExecutorService clock = Executors.newScheduledThreadPool(4);
        ExecutorService workers = Executors.newFixedThreadPool(96);
        CountDownLatch finished = new CountDownLatch(clients.size());
        long cpuBefore = Measurements.cpuTicks(pid);
        long started = System.nanoTime();
        for (SignedInClient client : clients) {
            long offset = random.nextInt(60_000);
            clock.schedule(() -> workers.submit(() -> learn(client, classId, quizStep, clock, workers, finished)),
                    offset, TimeUnit.MILLISECONDS);
        }
        finished.await(30, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (Measurements.cpuTicks(pid) - cpuBefore) / 100.0;
        clock.shutdownNow();
        workers.shutdownNow();

        List<Double> saves = new ArrayList<>(saveMillis);
        long stored = storedResponses();
        double rate = saves.size() / seconds;
        List<Double> pgbench = pgbench(work, rate, Math.max(1, peakInFlight.get()));
        double appP50 = Measurements.percentile(saves, 50);
        double appP99 = Measurements.percentile(saves, 99);
        double dbP50 = Measurements.percentile(pgbench, 50);
        double dbP99 = Measurements.percentile(pgbench, 99);
        System.out.printf("%n| Quiz at scale (%d learners × 20 questions, %.0f s) | value |%n|---|---|%n", clients.size(), seconds);
        System.out.printf("| answers saved through the page's AJAX request | %d (%d failed; %d rows in quiz_response) |%n",
                saves.size(), failures.get(), stored);
        System.out.printf("| save rate | %.1f /s, at most %d at once |%n", rate, peakInFlight.get());
        System.out.printf("| save latency p50 / p99 (app, HTTP on loopback) | %.1f ms / %.1f ms |%n", appP50, appP99);
        System.out.printf("| application CPU per save (starts and submits included) | %.1f ms |%n",
                cpuSeconds * 1000 / Math.max(1, saves.size()));
        System.out.printf("| pgbench upsert of the same rows, same rate, p50 / p99 | %.2f ms / %.2f ms (%d transactions) |%n",
                dbP50, dbP99, pgbench.size());
        System.out.printf("| ratio app / pgbench, p50 / p99 | %.1f / %.1f |%n", appP50 / dbP50, appP99 / dbP99);
        System.out.printf("| target: p99 save under 100 ms | %s |%n", appP99 < 100 ? "met" : "not met");
    }

    /** One learner: start the attempt, answer the twenty questions 5 to 15 s apart, submit. */
    private void learn(SignedInClient client, long classId, int step, ScheduledExecutorService clock,
            ExecutorService workers, CountDownLatch finished) {
        try {
            HttpResponse<String> player = client.send(HttpRequest.newBuilder(client.url("/learning/class.xhtml?id=" + classId
                    + "&step=" + step)), HttpResponse.BodyHandlers.ofString());
            if (!VIEW_STATE.matcher(player.body()).find()) {
                throw new IllegalStateException("the player answered " + describe(player));
            }
            HttpResponse<String> attemptPage = post(client, player.uri(), Map.of("step", "step", "step:startQuiz", ""),
                    viewState(player.body()), false);
            Matcher attempt = ATTEMPT.matcher(attemptPage.uri().toString());
            Map<String, List<String>> questions = radios(attemptPage.body());
            if (!attempt.find() || questions.size() != 20) {
                throw new IllegalStateException("starting answered " + describe(attemptPage) + " with " + questions.size()
                        + " questions");
            }
            answer(client, attemptPage, new ArrayList<>(questions.entrySet()), 0, clock, workers, finished);
        } catch (Exception e) {
            failures.incrementAndGet();
            System.err.println("learner failed: " + e);
            finished.countDown();
        }
    }

    private void answer(SignedInClient client, HttpResponse<String> page, List<Map.Entry<String, List<String>>> questions,
            int next, ScheduledExecutorService clock, ExecutorService workers, CountDownLatch finished) {
        clock.schedule(() -> workers.submit(() -> {
            try {
                String viewState = viewState(page.body());
                if (next == questions.size()) {
                    Map<String, String> submit = new LinkedHashMap<>();
                    submit.put("jakarta.faces.partial.ajax", "true");
                    submit.put("jakarta.faces.source", "attempt:submit");
                    submit.put("jakarta.faces.partial.execute", "attempt");
                    submit.put("jakarta.faces.partial.render", "attempt");
                    submit.put("attempt:submit", "attempt:submit");
                    submit.put("attempt", "attempt");
                    post(client, page.uri(), submit, viewState, true);
                    finished.countDown();
                    return;
                }
                Map.Entry<String, List<String>> question = questions.get(next);
                String field = question.getKey();
                Map<String, String> save = new LinkedHashMap<>();
                save.put("attempt", "attempt");
                save.put(field, question.getValue().get(random.nextInt(question.getValue().size())));
                save.put("jakarta.faces.source", field);
                save.put("jakarta.faces.partial.event", "change");
                save.put("jakarta.faces.partial.execute", field);
                save.put("jakarta.faces.partial.render", field.substring(0, field.lastIndexOf(':')) + ":saved");
                save.put("jakarta.faces.behavior.event", "change");
                save.put("jakarta.faces.partial.ajax", "true");
                int now = inFlight.incrementAndGet();
                peakInFlight.accumulateAndGet(now, Math::max);
                long start = System.nanoTime();
                HttpResponse<String> saved;
                try {
                    saved = post(client, page.uri(), save, viewState, true);
                } finally {
                    inFlight.decrementAndGet();
                }
                if (saved.statusCode() == 200 && saved.body().contains("<partial-response") && !saved.body().contains("<error>")
                        && !saved.body().contains("<redirect") && !saved.body().contains("ui-messages-error")) {
                    saveMillis.add((System.nanoTime() - start) / 1e6);
                } else {
                    failures.incrementAndGet();
                    System.err.println("save refused: " + saved.statusCode() + " " + saved.body().substring(0,
                            Math.min(300, saved.body().length())).replace('\n', ' '));
                }
                answer(client, page, questions, next + 1, clock, workers, finished);
            } catch (Exception e) {
                failures.incrementAndGet();
                System.err.println("save failed: " + e);
                finished.countDown();
            }
        }), next == 0 ? 0 : 5_000 + random.nextInt(10_001), TimeUnit.MILLISECONDS);
    }

    private static HttpResponse<String> post(SignedInClient client, URI uri, Map<String, String> fields, String viewState,
            boolean ajax) throws IOException, InterruptedException {
        StringBuilder form = new StringBuilder();
        fields.forEach((name, value) -> form.append(encode(name)).append('=').append(encode(value)).append('&'));
        form.append("jakarta.faces.ViewState=").append(encode(viewState));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type",
                "application/x-www-form-urlencoded; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(form.toString()));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Status, address, title and first message of a page, for a failure's report. */
    private static String describe(HttpResponse<String> page) {
        Matcher title = Pattern.compile("<title>([^<]*)</title>").matcher(page.body());
        Matcher message = Pattern.compile("ui-messages-(?:error|warn)-summary\"[^>]*>([^<]*)<").matcher(page.body());
        return page.statusCode() + " " + page.uri().getPath() + " «" + (title.find() ? title.group(1).strip() : "") + "» "
                + (message.find() ? message.group(1) : "");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String viewState(String page) {
        Matcher state = VIEW_STATE.matcher(page);
        if (!state.find()) {
            throw new IllegalStateException("No view state in the page");
        }
        return state.group(1);
    }

    /** The attempt page's single-choice questions: field name → the values of its choices. */
    private static Map<String, List<String>> radios(String page) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Matcher input = RADIO.matcher(page);
        while (input.find()) {
            Matcher name = NAME.matcher(input.group());
            Matcher value = VALUE.matcher(input.group());
            if (name.find() && value.find()) {
                fields.computeIfAbsent(name.group(1), key -> new ArrayList<>()).add(value.group(1));
            }
        }
        return fields;
    }

    private List<SignedInClient> signIn() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<SignedInClient>> pending = new ArrayList<>();
        for (int i = 1; i <= learners; i++) {
            String username = "bench.sv" + i;
            pending.add(pool.submit(() -> SignedInClient.signIn(stack.url(), username, "Demo@2026")));
        }
        List<SignedInClient> clients = new ArrayList<>();
        for (var client : pending) {
            clients.add(client.get());
        }
        pool.shutdown();
        return clients;
    }

    private static int findQuizStep(SignedInClient client, long classId) throws Exception {
        for (int step = 0; step < 40; step++) {
            String page = client.send(HttpRequest.newBuilder(client.url("/learning/class.xhtml?id=" + classId + "&step="
                    + step)), HttpResponse.BodyHandlers.ofString()).body();
            if (page.contains("id=\"stepTitle\"") && page.substring(page.indexOf("id=\"stepTitle\"")).split("</h2>")[0]
                    .contains(QUIZ_TITLE)) {
                return step;
            }
        }
        throw new IllegalStateException("The class has no quiz called " + QUIZ_TITLE);
    }

    private long storedResponses() throws Exception {
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl(), LocalDatabase.USER, LocalDatabase.PASSWORD);
                Statement sql = db.createStatement();
                ResultSet row = sql.executeQuery("select count(*) from quiz_response r join quiz_attempt a on a.id = r.attempt_id"
                        + " join person p on p.id = a.person_id where p.username like 'bench.sv%'")) {
            row.next();
            return row.getLong(1);
        }
    }

    /**
     * pgbench upserting rows of quiz_response's shape and key into a table beside it, at the rate the application
     * saved and with as many clients as saves ran at once; returns each transaction's latency in ms.
     */
    private List<Double> pgbench(Path work, double rate, int clients) throws Exception {
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl(), LocalDatabase.USER, LocalDatabase.PASSWORD);
                Statement sql = db.createStatement()) {
            sql.executeUpdate("create table bench_quiz_response (like quiz_response including all)");
        }
        Path script = work.resolve("save.sql");
        Files.writeString(script, """
                \\set attempt random(1, %d)
                \\set slot random(0, 19)
                insert into bench_quiz_response (attempt_id, slot, response, saved_at)
                  values (cast(md5(:attempt::text) as uuid), :slot, '{"picked":[1]}', now())
                  on conflict (attempt_id, slot) do update set response = excluded.response, saved_at = excluded.saved_at;
                """.formatted(learners));
        URI jdbc = URI.create(stack.jdbcUrl().substring("jdbc:".length()));
        Path logs = Files.createDirectories(work.resolve("pgbench-log"));
        ProcessBuilder pgbench = new ProcessBuilder("pgbench", "-n", "-h", jdbc.getHost(), "-p", String.valueOf(jdbc.getPort()),
                "-U", LocalDatabase.USER, "-f", script.toString(), "-c", String.valueOf(clients), "-j", "2", "-R",
                String.format(java.util.Locale.ROOT, "%.1f", Math.max(1, rate)), "-T", "60", "-l", "--log-prefix",
                logs.resolve("tx").toString(), jdbc.getPath().substring(1)).inheritIO();
        pgbench.environment().put("PGPASSWORD", LocalDatabase.PASSWORD);
        if (pgbench.start().waitFor() != 0) {
            throw new IllegalStateException("pgbench failed");
        }
        List<Double> latencies = new ArrayList<>();
        try (var files = Files.list(logs)) {
            for (Path log : files.toList()) {
                for (String line : Files.readAllLines(log)) {
                    String[] fields = line.trim().split("\\s+");
                    // client, transaction, time (µs), script, epoch, µs, schedule lag (µs, with --rate): the
                    // lag is pgbench waiting for its own schedule, not the database, so it is taken off
                    if (fields.length >= 3) {
                        long lag = fields.length >= 7 ? Long.parseLong(fields[6]) : 0;
                        latencies.add((Long.parseLong(fields[2]) - lag) / 1000.0);
                    }
                }
            }
        }
        return latencies;
    }
}
