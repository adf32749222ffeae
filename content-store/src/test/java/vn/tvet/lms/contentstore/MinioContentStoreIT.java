package vn.tvet.lms.contentstore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Random;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tvet.lms.library.ContentStoreException;

/** The MinIO adapter against a real S3 server (S3Proxy on loopback, filesystem backend). */
class MinioContentStoreIT {

    @TempDir
    Path data;

    private S3Proxy s3;
    private BlobStoreContext blobs;
    private MinioContentStore store;

    @BeforeEach
    void startS3() throws Exception {
        Properties settings = new Properties();
        settings.setProperty("jclouds.filesystem.basedir", data.toString());
        blobs = ContextBuilder.newBuilder("filesystem-nio2").credentials("unused", "unused").overrides(settings)
                .build(BlobStoreContext.class);
        s3 = S3Proxy.builder().blobStore(blobs.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "test-access", "test-secret").build();
        s3.start();
        store = new MinioContentStore("http://127.0.0.1:" + s3.getPort(), "test-access", "test-secret", "lms-test");
        store.ensureBucket();
    }

    @AfterEach
    void stopS3() throws Exception {
        store.close();
        s3.stop();
        blobs.close();
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
        try (MinioContentStore intruder = new MinioContentStore("http://127.0.0.1:" + s3.getPort(), "test-access",
                "wrong-secret", "lms-test")) {
            assertThrows(ContentStoreException.class, intruder::checkAvailable);
        }
    }
}
