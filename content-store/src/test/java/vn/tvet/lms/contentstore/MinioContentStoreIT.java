package vn.tvet.lms.contentstore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tvet.lms.localservices.LocalObjectStore;
import vn.tvet.lms.storage.ContentStoreException;
import vn.tvet.lms.storage.ContentTooLargeException;
import vn.tvet.lms.storage.StoredBlob;
import vn.tvet.lms.storage.StoredPart;

/** The MinIO adapter against a real S3 server (S3Proxy on loopback, filesystem backend). */
class MinioContentStoreIT {

    @TempDir
    Path data;

    private LocalObjectStore s3;
    private MinioContentStore store;

    @BeforeEach
    void startS3() throws Exception {
        s3 = LocalObjectStore.start(data, 0);
        store = new MinioContentStore(s3.endpoint(), LocalObjectStore.ACCESS_KEY, LocalObjectStore.SECRET_KEY, "lms-test");
        store.ensureBucket();
    }

    @AfterEach
    void stopS3() throws Exception {
        store.close();
        s3.close();
    }

    @Test
    void writesStreamOfUnknownLengthAcrossSeveralPartsAndReadsItBack() throws Exception {
        byte[] content = new byte[40 * 1024 * 1024 + 123];
        new Random(42).nextBytes(content);

        var stored = store.put("blobs/ab/cd", new ByteArrayInputStream(content), "application/octet-stream");

        assertEquals(content.length, stored.size());
        assertTrue(store.exists("blobs/ab/cd"));
        try (InputStream in = store.open("blobs/ab/cd")) {
            assertArrayEquals(content, in.readAllBytes());
        }
    }

    @Test
    void partsSentSeparatelyAreJoinedInOrderAndAdoptedUnderTheirHash() throws Exception {
        byte[] content = new byte[2 * 5 * 1024 * 1024 + 7];
        new Random(7).nextBytes(content);
        String staging = "uploads/resumable/test";
        String uploadId = store.beginParts(staging, "application/octet-stream");
        int chunk = 5 * 1024 * 1024; // the S3 minimum for every part but the last
        List<StoredPart> parts = new ArrayList<>();
        for (int offset = 0, number = 1; offset < content.length; offset += chunk, number++) {
            int length = Math.min(chunk, content.length - offset);
            byte[] buffer = Arrays.copyOfRange(content, offset, offset + chunk);
            parts.add(new StoredPart(number, store.putPart(staging, uploadId, number, buffer, length), length));
        }
        // The same part sent again (a retry) replaces the first copy.
        byte[] first = Arrays.copyOf(content, chunk);
        parts.set(0, new StoredPart(1, store.putPart(staging, uploadId, 1, first, chunk), chunk));

        store.completeParts(staging, uploadId, parts);
        StoredBlob blob = StoredBlob.of(MessageDigest.getInstance("SHA-256").digest(content), content.length);
        store.adopt(staging, blob);

        assertFalse(store.exists(staging));
        try (InputStream in = store.open(blob.key())) {
            assertArrayEquals(content, in.readAllBytes());
        }
    }

    @Test
    void abortedPartsLeaveNothingAndAbortingTwiceIsHarmless() {
        String staging = "uploads/resumable/aborted";
        String uploadId = store.beginParts(staging, "application/octet-stream");
        store.putPart(staging, uploadId, 1, new byte[1000], 1000);
        store.abortParts(staging, uploadId);
        store.abortParts(staging, uploadId);
        assertFalse(store.exists(staging));
        assertThrows(ContentStoreException.class, () -> store.completeParts(staging, uploadId,
                List.of(new StoredPart(1, "\"missing\"", 1000))));
    }

    @Test
    void deletedObjectNoLongerExists() {
        store.put("to-delete", new ByteArrayInputStream("xưởng thực hành ảo".getBytes()), "text/plain");
        store.delete("to-delete");
        assertFalse(store.exists("to-delete"));
    }

    @Test
    void missingObjectIsReportedWithBucketAndKey() {
        ContentStoreException e = assertThrows(ContentStoreException.class, () -> store.open("no/such/key"));
        assertTrue(e.getMessage().contains("lms-test") && e.getMessage().contains("no/such/key"), e.getMessage());
    }

    @Test
    void availabilityCheckFailsFastWhenServerIsDown() throws Exception {
        store.checkAvailable();
        s3.stop();
        long start = System.nanoTime();
        assertThrows(ContentStoreException.class, store::checkAvailable);
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "an unreachable store must not hang the caller");
    }

    @Test
    void identicalContentIsStoredOnceUnderItsSha256() throws Exception {
        byte[] lesson = "Bài 1: An toàn điện trong xưởng thực hành".getBytes(StandardCharsets.UTF_8);

        StoredBlob first = store.putContentAddressed(new ByteArrayInputStream(lesson), 1_000, "text/plain");
        StoredBlob second = store.putContentAddressed(new ByteArrayInputStream(lesson), 1_000, "text/plain");

        assertEquals(first, second);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(lesson)), first.sha256());
        assertEquals(lesson.length, first.size());
        assertEquals(List.of(first.key()), keys(""), "one object, no upload left behind");
        try (InputStream in = store.open(first.key())) {
            assertArrayEquals(lesson, in.readAllBytes());
        }
    }

    @Test
    void aLargeUploadGoesInPartsThroughOneBufferAndComesBackIdentical() throws Exception {
        byte[] video = new byte[2 * 8 * 1024 * 1024 + 12_345];
        new Random(11).nextBytes(video);
        StoredBlob blob = store.putContentAddressed(new ByteArrayInputStream(video), video.length, "video/mp4");
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(video)), blob.sha256());
        assertEquals(video.length, blob.size());
        try (InputStream in = store.open(blob.key())) {
            assertArrayEquals(video, in.readAllBytes());
        }
        assertEquals(List.of(blob.key()), keys(""), "the temporary upload is gone");
    }

    @Test
    void largeUploadStreamsInPartsAndIsStoppedPastTheLimitLeavingNothing() {
        long limit = 20L * 1024 * 1024;
        InputStream endless = new InputStream() {
            private long served;

            @Override
            public int read() {
                return served++ < 100L * 1024 * 1024 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                long left = 100L * 1024 * 1024 - served;
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                served += n;
                return n;
            }
        };
        ContentTooLargeException e = assertThrows(ContentTooLargeException.class,
                () -> store.putContentAddressed(endless, limit, "video/mp4"));
        assertEquals(limit, e.limitBytes());
        assertEquals(List.of(), keys(""), "nothing may stay behind");
    }

    @Test
    void aSourceThatBreaksMidwayLeavesNothingBehind() {
        InputStream broken = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served++ > 100_000) {
                    throw new IOException("connection reset by the browser");
                }
                return 'a';
            }
        };
        assertThrows(ContentStoreException.class, () -> store.putContentAddressed(broken, 1_000_000, "text/plain"));
        assertEquals(List.of(), keys(""));
    }

    @Test
    void rangesAndSizesForSeeking() throws Exception {
        byte[] video = new byte[3 * 1024 * 1024];
        new Random(7).nextBytes(video);
        StoredBlob blob = store.putContentAddressed(new ByteArrayInputStream(video), video.length, "video/mp4");

        try (InputStream middle = store.open(blob.key(), 1_000_000, 4096)) {
            assertArrayEquals(Arrays.copyOfRange(video, 1_000_000, 1_004_096), middle.readAllBytes());
        }
        assertEquals(video.length, store.size(blob.key()).orElseThrow());
        assertTrue(store.size("blobs/sha256/00/none").isEmpty());
    }

    @Test
    void presignedUrlServesTheBytesWithTheirNameWithoutTheApplication() throws Exception {
        byte[] pdf = "%PDF-1.4 giáo trình".getBytes(StandardCharsets.UTF_8);
        StoredBlob blob = store.putContentAddressed(new ByteArrayInputStream(pdf), 1_000, "application/pdf");

        URI url = store.presignedDownload(blob.key(), Duration.ofMinutes(5), "Giáo trình điện.pdf", "application/pdf");
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(200, response.statusCode());
        assertArrayEquals(pdf, response.body());
        HttpResponse<byte[]> tampered = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url.toString().replace(blob.sha256(), "0".repeat(64)))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(403, tampered.statusCode(), "the signature covers the key");

        HttpResponse<byte[]> fromPage = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url)
                .header("Origin", "http://lms.example").header("Range", "bytes=0-3").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(206, fromPage.statusCode());
        assertTrue(fromPage.headers().firstValue("Access-Control-Allow-Origin").isPresent(),
                "pages (PDF.js, the 3D viewer) may read the presigned URL by script: " + fromPage.headers().map());
        assertTrue(fromPage.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("Content-Range"),
                fromPage.headers().map().toString());
        assertFalse(fromPage.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("DELETE"),
                "pages only read");
    }

    @Test
    void listsObjectsUnderAPrefixWithTheirAge() {
        StoredBlob blob = store.putContentAddressed(new ByteArrayInputStream(new byte[] {1, 2, 3}), 10, "x/y");
        store.put("uploads/abc", new ByteArrayInputStream(new byte[] {4}), "x/y");

        List<vn.tvet.lms.storage.StoredKey> blobs = store.list("blobs/").toList();
        assertEquals(List.of(blob.key()), blobs.stream().map(vn.tvet.lms.storage.StoredKey::key).toList());
        assertTrue(blobs.get(0).lastModified().isAfter(java.time.Instant.now().minusSeconds(600)));
        assertEquals(1, store.list("uploads/").count());
    }

    /** Every key in the bucket under the prefix, straight from the S3 API. */
    private List<String> keys(String prefix) {
        try (MinioClient client = MinioClient.builder().endpoint(s3.endpoint())
                .credentials(LocalObjectStore.ACCESS_KEY, LocalObjectStore.SECRET_KEY).build()) {
            List<String> keys = new ArrayList<>();
            for (var item : client.listObjects(ListObjectsArgs.builder().bucket("lms-test").prefix(prefix)
                    .recursive(true).build())) {
                keys.add(item.get().objectName());
            }
            return keys;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void wrongCredentialsAreAStoreError() {
        try (MinioContentStore intruder = new MinioContentStore(s3.endpoint(), LocalObjectStore.ACCESS_KEY,
                "wrong-secret", "lms-test")) {
            assertThrows(ContentStoreException.class, intruder::checkAvailable);
        }
    }
}
