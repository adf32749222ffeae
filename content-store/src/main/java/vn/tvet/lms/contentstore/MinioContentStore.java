package vn.tvet.lms.contentstore;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.ObjectWriteResponse;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import vn.tvet.lms.library.ContentStore;
import vn.tvet.lms.library.ContentStoreException;
import vn.tvet.lms.library.StoredObject;

/** {@link ContentStore} on an S3-compatible server; one bucket holds every object of the installation. */
public final class MinioContentStore implements ContentStore, AutoCloseable {

    /** Parts of 16 MiB: large enough for throughput, small enough that streaming never holds much memory. */
    private static final long PART_SIZE = 16L * 1024 * 1024;

    private final MinioClient client;
    private final OkHttpClient http;
    private final String bucket;

    public MinioContentStore(String endpoint, String accessKey, String secretKey, String bucket) {
        this.bucket = bucket;
        // Short connect timeout so an unreachable store fails fast (health checks, clear 503s) instead of hanging.
        this.http = new OkHttpClient.Builder()
                .connectTimeout(3, TimeUnit.SECONDS)
                .readTimeout(60, TimeUnit.SECONDS)
                .writeTimeout(60, TimeUnit.SECONDS)
                .build();
        this.client = MinioClient.builder().endpoint(endpoint).credentials(accessKey, secretKey).httpClient(http).build();
    }

    /** Creates the bucket when it does not exist yet (first start of an installation). */
    public void ensureBucket() {
        call(null, "Cannot create bucket", () -> {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
            }
            return null;
        });
    }

    @Override
    public StoredObject put(String key, InputStream data, String contentType) {
        ObjectWriteResponse written = call(key, "Cannot write object", () -> client.putObject(PutObjectArgs.builder()
                .bucket(bucket).object(key).stream(data, -1, PART_SIZE).contentType(contentType).build()));
        long size = call(key, "Cannot read back object size",
                () -> client.statObject(StatObjectArgs.builder().bucket(bucket).object(written.object()).build()).size());
        return new StoredObject(key, size);
    }

    @Override
    public InputStream open(String key) {
        return call(key, "Cannot read object", () -> client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build()));
    }

    @Override
    public boolean exists(String key) {
        try {
            client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build());
            return true;
        } catch (ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code()) || "NoSuchObject".equals(e.errorResponse().code())) {
                return false;
            }
            throw new ContentStoreException(bucket, key, "Cannot look up object", e);
        } catch (IOException | GeneralSecurityException | io.minio.errors.MinioException e) {
            throw new ContentStoreException(bucket, key, "Cannot look up object", e);
        }
    }

    @Override
    public void delete(String key) {
        call(key, "Cannot delete object", () -> {
            client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
            return null;
        });
    }

    @Override
    public void checkAvailable() {
        boolean exists = call(null, "Object store unreachable",
                () -> client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build()));
        if (!exists) {
            throw new ContentStoreException(bucket, null, "Bucket does not exist", null);
        }
    }

    public String bucket() {
        return bucket;
    }

    @Override
    public void close() {
        // Without this the SDK's OkHttp threads keep the JVM alive for about a minute at shutdown.
        try {
            client.close();
        } catch (Exception e) {
            throw new ContentStoreException(bucket, null, "Cannot close client", e);
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private <T> T call(String key, String failure, StoreCall<T> action) {
        try {
            return action.run();
        } catch (IOException | GeneralSecurityException | io.minio.errors.MinioException e) {
            throw new ContentStoreException(bucket, key, failure, e);
        }
    }

    @FunctionalInterface
    private interface StoreCall<T> {
        T run() throws IOException, GeneralSecurityException, io.minio.errors.MinioException;
    }
}
