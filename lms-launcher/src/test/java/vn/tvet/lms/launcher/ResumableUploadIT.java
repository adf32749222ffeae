package vn.tvet.lms.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tvet.lms.launcher.RunningApplication.App;

/**
 * The upload endpoints as the page's script uses them, on the real stack: a large file in chunks that
 * survives a connection dropped mid-chunk, retries and cancellation, other people's sessions, and the
 * checks that need the whole file (polyglots).
 */
@ExtendWith(RunningApplication.class)
class ResumableUploadIT {

    private static final String PASSWORD = "Demo@2026";
    private static final int CHUNK = RunningApplication.UPLOAD_CHUNK_BYTES;

    @Test
    void aLargeFileArrivesInChunksAndSurvivesAConnectionDroppedMidChunk(App app) throws Exception {
        SignedInClient teacher = SignedInClient.signIn(app.stack().url(), "hpcd.gv1", PASSWORD);
        long resource = draft(app, "VIDEO", "Video bài giảng hàn hồ quang (tải lên từng phần)");
        byte[] video = video(12 * 1024 * 1024 + 321);

        HttpResponse<String> begun = post(teacher, "/library/uploads?resource=" + resource + "&name=han-ho-quang.mp4&size="
                + video.length);
        assertEquals(201, begun.statusCode(), begun.body());
        Answer session = json(begun);
        assertEquals(CHUNK, session.getLong("chunkBytes"));
        String base = "/library/uploads/" + session.getString("id");

        assertEquals(CHUNK, json(put(teacher, base + "?offset=0", Arrays.copyOfRange(video, 0, CHUNK))).getLong("received"));
        HttpResponse<String> retried = put(teacher, base + "?offset=0", Arrays.copyOfRange(video, 0, CHUNK));
        assertEquals(409, retried.statusCode(), "a chunk that already arrived is not stored twice");
        assertEquals(CHUNK, json(retried).getLong("received"));

        dropMidChunk(teacher, base + "?offset=" + CHUNK, Arrays.copyOfRange(video, CHUNK, 2 * CHUNK));
        assertEquals(CHUNK, json(get(teacher, base)).getLong("received"),
                "half a chunk from a dropped connection is not kept");
        assertEquals(400, put(teacher, base + "?offset=" + CHUNK, new byte[100]).statusCode(), "a short chunk is refused");
        // A body of unknown length (chunked transfer) that runs past the chunk is found out while it is read
        // without a thread, and answered in Vietnamese from the dispatch that follows.
        byte[] tooLong = Arrays.copyOfRange(video, CHUNK, 2 * CHUNK + 10);
        HttpResponse<String> overlong = teacher.send(HttpRequest.newBuilder(teacher.url(base + "?offset=" + CHUNK))
                .header("X-LMS-Upload", "1").PUT(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(tooLong))), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, overlong.statusCode(), overlong.body());
        assertTrue(overlong.body().contains("không đầy đủ"), overlong.body());

        put(teacher, base + "?offset=" + CHUNK, Arrays.copyOfRange(video, CHUNK, 2 * CHUNK));
        HttpResponse<String> last = put(teacher, base + "?offset=" + 2 * CHUNK, Arrays.copyOfRange(video, 2 * CHUNK, video.length));
        assertEquals(video.length, json(last).getLong("received"));

        HttpResponse<String> finished = post(teacher, base + "/finish?note=" + "ban%20day%20du");
        assertEquals(201, finished.statusCode(), finished.body());
        assertEquals(sha256(video), json(finished).getString("sha256"));
        assertEquals("video/mp4", json(finished).getString("mediaType"));
        assertEquals(404, get(teacher, base).statusCode(), "the session ends when the file is recorded");

        HttpResponse<byte[]> download = teacher.send(HttpRequest.newBuilder(teacher.url("/library/files/" + resource + "/1")),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertArrayEquals(video, download.body());
    }

    @Test
    void refusalsComeBeforeAnyByteAndSessionsBelongToTheirOwner(App app) throws Exception {
        SignedInClient teacher = SignedInClient.signIn(app.stack().url(), "hpcd.gv1", PASSWORD);
        SignedInClient colleague = SignedInClient.signIn(app.stack().url(), "hpcd.gv2", PASSWORD);
        long resource = draft(app, "VIDEO", "Video an toàn điện (phiên tải lên của người khác)");
        String begin = "/library/uploads?resource=" + resource + "&name=an-toan.mp4&size=";

        assertEquals(413, post(teacher, begin + (RunningApplication.MAX_UPLOAD_BYTES + 1)).statusCode());
        assertEquals(400, post(teacher, begin + 0).statusCode());
        assertEquals(400, post(teacher, "/library/uploads?resource=" + resource + "&name=an-toan.exe&size=10").statusCode());
        assertEquals(404, post(colleague, begin + 10_000_000).statusCode(), "only the author adds versions");

        String base = "/library/uploads/" + json(post(teacher, begin + 10_000_000)).getString("id");
        assertEquals(404, get(colleague, base).statusCode());
        assertEquals(404, put(colleague, base + "?offset=0", new byte[CHUNK]).statusCode());
        assertEquals(403, teacher.send(HttpRequest.newBuilder(teacher.url(base + "?offset=0"))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[CHUNK])), HttpResponse.BodyHandlers.ofString())
                .statusCode(), "without the upload script's header");
        assertEquals(400, post(teacher, base + "/finish").statusCode(), "nothing to finish yet");

        assertEquals(200, put(teacher, base + "?offset=0", video(CHUNK)).statusCode());
        assertEquals(204, teacher.send(HttpRequest.newBuilder(teacher.url(base)).header("X-LMS-Upload", "1").DELETE(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(404, get(teacher, base).statusCode());
    }

    @Test
    void aJpegWithAZipAppendedIsRefusedAndLeavesNothingBehind(App app) throws Exception {
        SignedInClient teacher = SignedInClient.signIn(app.stack().url(), "hpcd.gv1", PASSWORD);
        long resource = draft(app, "IMAGE", "Ảnh sơ đồ mạch (tệp lai)");
        byte[] polyglot = concat(jpeg(), zip());

        HttpResponse<String> refused = teacher.send(HttpRequest.newBuilder(teacher.url("/library/upload?resource=" + resource
                        + "&name=so-do.jpg")).header("X-LMS-Upload", "1").POST(HttpRequest.BodyPublishers.ofByteArray(polyglot)),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(415, refused.statusCode(), refused.body());
        assertTrue(json(refused).getString("error").contains("nội dung ẩn"), refused.body());
        assertFalse(storedObjectNamed(app, sha256(polyglot)), "the refused bytes are removed from the store");
        assertEquals(0, app.queryLong("select count(*) from resource_version where resource_id = cast(? as bigint)",
                String.valueOf(resource)));
    }

    @Test
    void aStreamOfUnknownLengthIsMeasuredWhileItArrives(App app) throws Exception {
        SignedInClient teacher = SignedInClient.signIn(app.stack().url(), "hpcd.gv1", PASSWORD);
        long resource = draft(app, "VIDEO", "Video quay trực tiếp (không biết trước độ dài)");
        String path = "/library/upload?resource=" + resource + "&name=truc-tiep.mp4";

        HttpResponse<String> fits = teacher.send(HttpRequest.newBuilder(teacher.url(path)).header("X-LMS-Upload", "1")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(video(300_000)))),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, fits.statusCode(), fits.body());

        byte[] tooLong = video(RunningApplication.MAX_UPLOAD_BYTES + 1);
        HttpResponse<String> refused = teacher.send(HttpRequest.newBuilder(teacher.url(path)).header("X-LMS-Upload", "1")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(tooLong))),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, refused.statusCode(), "no length was declared, so the limit is found while streaming");
        assertFalse(storedObjectNamed(app, sha256(tooLong)));
        assertEquals(1, app.queryLong("select count(*) from resource_version where resource_id = cast(? as bigint)",
                String.valueOf(resource)));
    }

    @Test
    void onePersonCanNeitherHoldEveryChunkSlotNorPileUpOpenUploads(App app) throws Exception {
        SignedInClient teacher = SignedInClient.signIn(app.stack().url(), "qncd.gv2", PASSWORD);
        long resource = app.queryLong("insert into learning_resource (owner_id, author_id, title, type, language, licence,"
                + " scope, status, created_at, updated_at) select i.id, p.id, ?, 'VIDEO', 'vi', 'CC_BY', 'PRIVATE', 'DRAFT',"
                + " now(), now() from institution i, person p where i.code = 'QN-CDCN' and p.username = 'qncd.gv2'"
                + " returning id", "Video hạn mức tải lên");
        String begin = "/library/uploads?resource=" + resource + "&name=han-muc.mp4&size=" + (3 * CHUNK);
        java.util.List<String> open = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> begun = post(teacher, begin);
            assertEquals(201, begun.statusCode(), begun.body());
            open.add("/library/uploads/" + json(begun).getString("id"));
        }
        HttpResponse<String> sixth = post(teacher, begin);
        assertEquals(429, sixth.statusCode(), "five unfinished uploads are the most one person keeps");
        assertTrue(sixth.body().contains("chưa hoàn tất"), sixth.body());

        // Two stalled chunks (headers sent, then silence) are all one person may have in flight.
        java.util.List<Socket> stalled = new java.util.ArrayList<>();
        try {
            for (String base : open.subList(0, 2)) {
                URI url = teacher.url(base + "?offset=0");
                Socket socket = new Socket(url.getHost(), url.getPort());
                stalled.add(socket);
                socket.getOutputStream().write(("PUT " + url.getRawPath() + "?" + url.getRawQuery() + " HTTP/1.1\r\nHost: "
                        + url.getAuthority() + "\r\nX-LMS-Upload: 1\r\nCookie: " + teacher.sessionCookie()
                        + "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + CHUNK + "\r\n\r\n123456789")
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
            }
            HttpResponse<String> third = null;
            for (int tries = 0; tries < 50; tries++) {
                third = put(teacher, open.get(2) + "?offset=0", video(CHUNK));
                if (third.statusCode() == 429) {
                    break;
                }
                Thread.sleep(100);
            }
            assertEquals(429, third.statusCode(), "a third chunk waits while two of the same person's are stalled");
            SignedInClient colleague = SignedInClient.signIn(app.stack().url(), "hpcd.gv1", PASSWORD);
            long theirs = draft(app, "VIDEO", "Video của người khác trong lúc nghẽn");
            String other = "/library/uploads/" + json(post(colleague, "/library/uploads?resource=" + theirs
                    + "&name=khac.mp4&size=" + (2 * CHUNK))).getString("id");
            assertEquals(200, put(colleague, other + "?offset=0", video(CHUNK)).statusCode(), "everyone else goes on");
            assertEquals(204, colleague.send(HttpRequest.newBuilder(colleague.url(other)).header("X-LMS-Upload", "1")
                    .DELETE(), HttpResponse.BodyHandlers.ofString()).statusCode());

            // A body that stops sending is given up after the idle time, and its places are free again.
            long stalledSince = System.nanoTime();
            for (Socket socket : stalled) {
                socket.setSoTimeout(30_000);
                String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                        StandardCharsets.US_ASCII)).readLine();
                assertTrue(statusLine != null && statusLine.startsWith("HTTP/1.1 408"), statusLine);
            }
            assertTrue(System.nanoTime() - stalledSince < java.util.concurrent.TimeUnit.SECONDS.toNanos(25),
                    "stalled bodies end soon after the idle time, not after the server's read timeout");
            HttpResponse<String> afterIdle = put(teacher, open.get(2) + "?offset=0", video(CHUNK));
            assertEquals(200, afterIdle.statusCode(), afterIdle.body());
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
        for (String base : open) {
            assertEquals(204, teacher.send(HttpRequest.newBuilder(teacher.url(base)).header("X-LMS-Upload", "1").DELETE(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
        assertEquals(201, post(teacher, begin).statusCode(), "cancelled uploads free their places");
    }

    /** Sends the request line, headers and half the body, then closes the socket: a connection that dropped. */
    private static void dropMidChunk(SignedInClient client, String path, byte[] chunk) throws IOException {
        URI url = client.url(path);
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("PUT " + url.getRawPath() + "?" + url.getRawQuery() + " HTTP/1.1\r\nHost: " + url.getAuthority()
                    + "\r\nX-LMS-Upload: 1\r\nCookie: " + client.sessionCookie() + "\r\nContent-Type: application/octet-stream"
                    + "\r\nContent-Length: " + chunk.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(chunk, 0, chunk.length / 2);
            out.flush();
        }
    }

    private static long draft(App app, String type, String title) {
        return app.queryLong("insert into learning_resource (owner_id, author_id, title, type, language, licence, scope,"
                + " status, created_at, updated_at) select i.id, p.id, ?, '" + type + "', 'vi', 'CC_BY', 'PRIVATE', 'DRAFT',"
                + " now(), now() from institution i, person p where i.code = 'HP-CDKT' and p.username = 'hpcd.gv1'"
                + " returning id", title);
    }

    private static boolean storedObjectNamed(App app, String name) throws IOException {
        try (Stream<Path> files = Files.walk(app.stack().dataDir().resolve("objects"))) {
            return files.anyMatch(file -> file.getFileName().toString().equals(name));
        }
    }

    private static HttpResponse<String> post(SignedInClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(client.url(path)).header("X-LMS-Upload", "1")
                .POST(HttpRequest.BodyPublishers.noBody()), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> put(SignedInClient client, String path, byte[] body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(client.url(path)).header("X-LMS-Upload", "1")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(SignedInClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(client.url(path)), HttpResponse.BodyHandlers.ofString());
    }

    /** The endpoints answer flat JSON objects; a field is enough for these assertions. */
    private record Answer(String body) {

        String getString(String name) {
            Matcher value = Pattern.compile("\"" + name + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(body);
            if (!value.find()) {
                throw new AssertionError("No " + name + " in " + body);
            }
            return value.group(1);
        }

        long getLong(String name) {
            Matcher value = Pattern.compile("\"" + name + "\":(-?\\d+)").matcher(body);
            if (!value.find()) {
                throw new AssertionError("No " + name + " in " + body);
            }
            return Long.parseLong(value.group(1));
        }
    }

    private static Answer json(HttpResponse<String> response) {
        return new Answer(response.body());
    }

    /** Starts like an MP4; random after that, like real video. */
    private static byte[] video(int size) {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        byte[] header = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'm', 'p', '4', '1'};
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    private static byte[] jpeg() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "jpeg", out);
        return out.toByteArray();
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("shell.jsp"));
            zip.write("<% out.println(\"pwned\"); %>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
