package vn.tvet.lms.contentstore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tvet.lms.library.ContentStoreException;
import vn.tvet.lms.localservices.LocalObjectStore;

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
    void wrongCredentialsAreAStoreError() {
        try (MinioContentStore intruder = new MinioContentStore(s3.endpoint(), LocalObjectStore.ACCESS_KEY,
                "wrong-secret", "lms-test")) {
            assertThrows(ContentStoreException.class, intruder::checkAvailable);
        }
    }
}
