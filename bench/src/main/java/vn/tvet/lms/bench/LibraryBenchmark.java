package vn.tvet.lms.bench;

import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.http.Method;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import vn.tvet.lms.launcher.LocalStack;
import vn.tvet.lms.launcher.SignedInClient;
import vn.tvet.lms.localservices.LocalDatabase;
import vn.tvet.lms.localservices.LocalObjectStore;

/**
 * Issue 3's library benchmark, side by side in one run on the same files:
 * <ol>
 * <li>a 1 GiB download through the app's path (redirect to a presigned URL) versus a direct GET from the
 * S3 server: throughput ratio and the app's CPU per GiB;</li>
 * <li>a 1 GiB upload through the app (streaming, hashing, content-addressed) versus a direct multipart PUT
 * with the MinIO SDK: throughput ratio and the app's heap growth;</li>
 * <li>100 random Range requests into a 200 MB video through the app and direct: median and p99 time to
 * first byte.</li>
 * </ol>
 */
public final class LibraryBenchmark {

    private static final long GIB = 1024L * 1024 * 1024;
    private static final String BUCKET = "bench-direct";
    /** A 1 GiB read from the page cache takes about a second, so several rounds smooth the 2-core noise. */
    private static final int DOWNLOAD_ROUNDS = 7;

    private LibraryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "bench/target/bench-data").toAbsolutePath();
        Measurements.deleteTree(work.resolve("stack"));
        Files.createDirectories(work);
        Path big = videoFile(work.resolve("video-1g.mp4"), GIB);
        Path medium = videoFile(work.resolve("video-200m.mp4"), 200L * 1024 * 1024);

        LocalStack.Settings settings = new LocalStack.Settings(work.resolve("stack"), Path.of("lms-launcher/target/app"),
                0, 0, 0, true, LocalDatabase.Durability.CRASH_SAFE, List.of());
        try (LocalStack stack = LocalStack.start(settings)) {
            MinioClient s3 = MinioClient.builder().endpoint(stack.objectStoreEndpoint())
                    .credentials(LocalObjectStore.ACCESS_KEY, LocalObjectStore.SECRET_KEY).build();
            s3.makeBucket(MakeBucketArgs.builder().bucket(BUCKET).build());
            HttpClient app = SignedInClient.signIn(stack.url(), "hpcd.gv1", "Demo@2026").http();
            long bigResource = newVideoResource(stack, "Benchmark 1 GiB");
            long mediumResource = newVideoResource(stack, "Benchmark 200 MB");
            long pid = stack.applicationPid();

            // 2. upload: direct multipart PUT (the SDK with the app's part size) and through the app, alternated
            // twice so neither side always runs on a warmer page cache; the app's heap is sampled throughout
            List<Double> directUploads = new ArrayList<>();
            List<Double> appUploads = new ArrayList<>();
            List<Double> chunkedUploads = new ArrayList<>();
            HeapSampler heap = null;
            for (int round = 0; round < 2; round++) {
                directUploads.add(timed(() -> {
                    try (InputStream in = Files.newInputStream(big)) {
                        s3.putObject(PutObjectArgs.builder().bucket(BUCKET).object("video-1g.mp4")
                                .stream(in, -1, 8L * 1024 * 1024).build());
                    }
                }));
                if (heap == null) {
                    heap = new HeapSampler(pid);
                }
                appUploads.add(timed(() -> upload(stack, app, bigResource, big)));
            }
            heap.stop();
            // The path the page takes for files above one chunk: 8 MiB PUTs in sequence, then finish (the
            // app reads the joined file back once to hash it, and the store copies it under its hash).
            for (int round = 0; round < 2; round++) {
                chunkedUploads.add(timed(() -> uploadInChunks(stack, app, bigResource, big)));
            }
            double chunkedUpload = Measurements.percentile(chunkedUploads, 50);
            double directUpload = Measurements.percentile(directUploads, 50);
            double appUpload = Measurements.percentile(appUploads, 50);
            upload(stack, app, mediumResource, medium);

            // 1. download: direct GET, then the app's path (redirected to a presigned URL), app CPU measured
            // Same HTTP client for both, so the comparison is the app's path against the store's own GET.
            URI directUrl = URI.create(s3.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder().method(Method.GET)
                    .bucket(BUCKET).object("video-1g.mp4").expiry(600).build()));
            List<Double> directDownloads = new ArrayList<>();
            List<Double> appDownloads = new ArrayList<>();
            long cpuBefore = Measurements.cpuTicks(pid);
            for (int round = 0; round < DOWNLOAD_ROUNDS; round++) {
                directDownloads.add(timed(() -> drain(get(app, directUrl, null))));
                appDownloads.add(timed(() -> drain(get(app, stack.url().resolve("/library/files/" + bigResource + "/1"), null))));
            }
            double appCpuSeconds = (Measurements.cpuTicks(pid) - cpuBefore) / 100.0 / DOWNLOAD_ROUNDS;
            double directDownload = Measurements.percentile(directDownloads, 50);
            double appDownload = Measurements.percentile(appDownloads, 50);

            // 3. random ranges into the 200 MB video: time to first byte, app path and direct
            s3.putObject(PutObjectArgs.builder().bucket(BUCKET).object("video-200m.mp4")
                    .stream(Files.newInputStream(medium), -1, 16L * 1024 * 1024).build());
            Random random = new Random(2026);
            List<Double> appTtfb = new ArrayList<>();
            List<Double> directTtfb = new ArrayList<>();
            URI appUrl = stack.url().resolve("/library/files/" + mediumResource + "/1");
            for (int i = 0; i < 100; i++) {
                long start = (long) (random.nextDouble() * (Files.size(medium) - 65_536));
                String range = "bytes=" + start + "-" + (start + 65_535);
                appTtfb.add(ttfb(app, appUrl, range));
                directTtfb.add(ttfb(s3, "video-200m.mp4", start));
            }
            s3.close();

            double gib = Files.size(big) / (double) GIB;
            System.out.println();
            System.out.printf("Runs (s): upload direct %s app %s chunked %s; download direct %s app %s%n", directUploads,
                    appUploads, chunkedUploads, directDownloads, appDownloads);
            System.out.println("| measure (median of runs) | app | direct S3 | ratio (app/direct) | target |");
            System.out.println("|---|---|---|---|---|");
            System.out.printf("| 1 GiB download throughput | %.0f MiB/s | %.0f MiB/s | %.2f | >= 0.9 |%n",
                    1024 * gib / appDownload, 1024 * gib / directDownload, directDownload / appDownload);
            System.out.printf("| app CPU per GiB downloaded | %.2f s | | | |%n", appCpuSeconds / gib);
            System.out.printf("| 1 GiB upload throughput | %.0f MiB/s | %.0f MiB/s | %.2f | >= 0.7 |%n",
                    1024 * gib / appUpload, 1024 * gib / directUpload, directUpload / appUpload);
            System.out.printf("| 1 GiB resumable upload in 8 MiB chunks (the page's path for large files) | %.0f MiB/s | %.0f MiB/s | %.2f | >= 0.7 |%n",
                    1024 * gib / chunkedUpload, 1024 * gib / directUpload, directUpload / chunkedUpload);
            System.out.printf("| app heap during upload: peak used minus start (garbage included) | %d MiB | | | |%n",
                    heap.usedGrowth() / (1024 * 1024));
            System.out.printf("| app heap during upload: old-generation growth (what is retained) | %d MiB | | | < 64 MiB |%n",
                    heap.oldGrowth() / (1024 * 1024));
            System.out.printf("| Range TTFB median (100 random 64 KiB ranges, 200 MB video) | %.1f ms | %.1f ms | %.2f | |%n",
                    Measurements.percentile(appTtfb, 50), Measurements.percentile(directTtfb, 50), Measurements.percentile(appTtfb, 50) / Measurements.percentile(directTtfb, 50));
            System.out.printf("| Range TTFB p99 | %.1f ms | %.1f ms | %.2f | |%n",
                    Measurements.percentile(appTtfb, 99), Measurements.percentile(directTtfb, 99), Measurements.percentile(appTtfb, 99) / Measurements.percentile(directTtfb, 99));
        }
    }

    /** A file that starts like an MP4, then random bytes (incompressible, like real video); reused between runs. */
    private static Path videoFile(Path file, long size) throws IOException {
        if (Files.exists(file) && Files.size(file) == size) {
            return file;
        }
        byte[] header = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'm', 'p', '4', '1'};
        Random random = new Random(42);
        byte[] block = new byte[8 * 1024 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(header);
            long written = header.length;
            while (written < size) {
                random.nextBytes(block);
                int n = (int) Math.min(block.length, size - written);
                out.write(block, 0, n);
                written += n;
            }
        }
        return file;
    }

    /** A private video draft of hpcd.gv1, inserted directly: the benchmark measures bytes, not forms. */
    private static long newVideoResource(LocalStack stack, String title) throws Exception {
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl(), LocalDatabase.USER, LocalDatabase.PASSWORD);
                PreparedStatement insert = db.prepareStatement("insert into learning_resource (owner_id, author_id, title,"
                        + " type, language, licence, scope, status, created_at, updated_at) select i.id, p.id, ?, 'VIDEO',"
                        + " 'vi', 'CC_BY', 'PRIVATE', 'DRAFT', now(), now() from institution i, person p"
                        + " where i.code = 'HP-CDKT' and p.username = 'hpcd.gv1' returning id")) {
            insert.setString(1, title);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    private static void upload(LocalStack stack, HttpClient app, long resource, Path file) throws Exception {
        HttpResponse<String> answer = app.send(HttpRequest.newBuilder(stack.url().resolve("/library/upload?resource="
                        + resource + "&name=" + file.getFileName()))
                .header("X-LMS-Upload", "1").header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("Upload failed: " + answer.statusCode() + " " + answer.body());
        }
    }

    /** What upload.js does for a large file: begin, PUT each 8 MiB chunk at its offset, finish. */
    private static void uploadInChunks(LocalStack stack, HttpClient app, long resource, Path file) throws Exception {
        long size = Files.size(file);
        HttpResponse<String> begun = app.send(HttpRequest.newBuilder(stack.url().resolve("/library/uploads?resource="
                        + resource + "&name=" + file.getFileName() + "&size=" + size))
                .header("X-LMS-Upload", "1").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (begun.statusCode() != 201) {
            throw new IllegalStateException("Begin failed: " + begun.statusCode() + " " + begun.body());
        }
        String id = begun.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        int chunk = Integer.parseInt(begun.body().replaceAll(".*\"chunkBytes\":(\\d+).*", "$1"));
        byte[] buffer = new byte[chunk];
        try (InputStream in = Files.newInputStream(file)) {
            for (long offset = 0; offset < size; offset += chunk) {
                int length = in.readNBytes(buffer, 0, (int) Math.min(chunk, size - offset));
                HttpResponse<String> put = app.send(HttpRequest.newBuilder(stack.url().resolve("/library/uploads/" + id
                                + "?offset=" + offset)).header("X-LMS-Upload", "1")
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(buffer, 0, length)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (put.statusCode() != 200) {
                    throw new IllegalStateException("Chunk at " + offset + " failed: " + put.statusCode() + " " + put.body());
                }
            }
        }
        HttpResponse<String> finished = app.send(HttpRequest.newBuilder(stack.url().resolve("/library/uploads/" + id
                + "/finish")).header("X-LMS-Upload", "1").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (finished.statusCode() != 201) {
            throw new IllegalStateException("Finish failed: " + finished.statusCode() + " " + finished.body());
        }
    }

    private static InputStream get(HttpClient client, URI url, String range) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url);
        if (range != null) {
            request.header("Range", range);
        }
        HttpResponse<InputStream> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (answer.statusCode() != 200 && answer.statusCode() != 206) {
            throw new IllegalStateException("GET " + url + " answered " + answer.statusCode());
        }
        return answer.body();
    }

    private static double ttfb(HttpClient app, URI url, String range) throws Exception {
        long start = System.nanoTime();
        try (InputStream in = get(app, url, range)) {
            in.read();
            double millis = (System.nanoTime() - start) / 1e6;
            drain(in);
            return millis;
        }
    }

    private static double ttfb(MinioClient s3, String object, long offset) throws Exception {
        long start = System.nanoTime();
        try (InputStream in = s3.getObject(GetObjectArgs.builder().bucket(BUCKET).object(object).offset(offset)
                .length(65_536L).build())) {
            in.read();
            double millis = (System.nanoTime() - start) / 1e6;
            drain(in);
            return millis;
        }
    }

    private static void drain(InputStream in) throws IOException {
        try (in) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private static double timed(Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Samples the app's heap with jstat while an upload runs. Used heap includes garbage not yet collected
     * (each streamed part is a short-lived buffer), so the old generation's growth is reported too: it is
     * what an upload actually keeps.
     */
    private static final class HeapSampler {
        private final long pid;
        private final long[] baseline;
        private final AtomicLong peakUsed = new AtomicLong();
        private final AtomicLong peakOld = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread;

        HeapSampler(long pid) throws Exception {
            this.pid = pid;
            new ProcessBuilder("jcmd", String.valueOf(pid), "GC.run").start().waitFor();
            this.baseline = sample();
            this.thread = new Thread(() -> {
                while (running) {
                    try {
                        long[] now = sample();
                        peakUsed.accumulateAndGet(now[0], Math::max);
                        peakOld.accumulateAndGet(now[1], Math::max);
                        Thread.sleep(100);
                    } catch (Exception e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        long usedGrowth() {
            return Math.max(0, peakUsed.get() - baseline[0]);
        }

        long oldGrowth() {
            return Math.max(0, peakOld.get() - baseline[1]);
        }

        /** {used = S0U + S1U + EU + OU, old = OU} from {@code jstat -gc}, in bytes. */
        private long[] sample() throws Exception {
            Process jstat = new ProcessBuilder("jstat", "-gc", String.valueOf(pid)).start();
            String[] lines = new String(jstat.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim().split("\n");
            jstat.waitFor();
            String[] names = lines[0].trim().split("\\s+");
            String[] values = lines[1].trim().split("\\s+");
            double used = 0;
            double old = 0;
            for (int i = 0; i < names.length; i++) {
                double kib = Double.parseDouble(values[i]);
                if (List.of("S0U", "S1U", "EU", "OU").contains(names[i])) {
                    used += kib;
                }
                if (names[i].equals("OU")) {
                    old = kib;
                }
            }
            return new long[] {(long) (used * 1024), (long) (old * 1024)};
        }
    }
}
