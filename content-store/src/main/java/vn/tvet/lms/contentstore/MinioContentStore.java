package vn.tvet.lms.contentstore;

import com.google.common.collect.HashMultimap;
import com.google.common.collect.Multimap;
import io.minio.BucketExistsArgs;
import io.minio.CopyObjectArgs;
import io.minio.CopySource;
import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioAsyncClient;
import io.minio.MinioClient;
import io.minio.ObjectWriteResponse;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.http.Method;
import io.minio.messages.Item;
import io.minio.messages.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.OkHttpClient;
import vn.tvet.lms.storage.ContentStore;
import vn.tvet.lms.storage.ContentStoreException;
import vn.tvet.lms.storage.ContentTooLargeException;
import vn.tvet.lms.storage.StoredBlob;
import vn.tvet.lms.storage.StoredKey;
import vn.tvet.lms.storage.StoredObject;
import vn.tvet.lms.storage.StoredPart;

/** {@link ContentStore} on an S3-compatible server; one bucket holds every object of the installation. */
public final class MinioContentStore implements ContentStore, AutoCloseable {

    /** Where uploads stream before their content hash is known. */
    static final String UPLOADS_PREFIX = "uploads/";

    /**
     * Parts of 8 MiB: the SDK buffers one part per upload, so this bounds an upload's memory; 10,000 parts
     * of 8 MiB (the S3 maximum) still allow 78 GiB, far above the configured limit.
     */
    private static final long PART_SIZE = 8L * 1024 * 1024;

    private final MinioClient client;
    private final MinioAsyncClient asyncClient;
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
        this.asyncClient = MinioAsyncClient.builder().endpoint(endpoint).credentials(accessKey, secretKey).httpClient(http)
                .build();
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

    /**
     * Reads the stream into one part-sized buffer at a time and sends it as a part of a multipart upload,
     * reusing the buffer: an upload holds 8 MiB of heap whatever its size, and makes no garbage per part
     * (the SDK's own streaming put allocates a fresh buffer for every part). Files smaller than one part go
     * in a single PUT.
     */
    @Override
    public StoredBlob putContentAddressed(InputStream data, long maxBytes, String contentType) {
        MessageDigest sha256 = sha256();
        SizeLimitedInputStream limited = new SizeLimitedInputStream(new DigestInputStream(data, sha256), maxBytes);
        // Upload under a temporary name first: the content's name is known only once every byte was read.
        String uploadKey = UPLOADS_PREFIX + UUID.randomUUID();
        byte[] buffer = new byte[(int) PART_SIZE];
        String uploadId = null;
        try {
            int length = fill(limited, buffer, maxBytes);
            if (length < buffer.length) {
                int size = length;
                call(uploadKey, "Cannot write object", () -> client.putObject(PutObjectArgs.builder().bucket(bucket)
                        .object(uploadKey).stream(new ByteArrayInputStream(buffer, 0, size), size, -1)
                        .contentType(contentType).build()));
            } else {
                uploadId = beginParts(uploadKey, contentType);
                List<StoredPart> parts = new ArrayList<>();
                for (int number = 1; length > 0; number++) {
                    parts.add(new StoredPart(number, putPart(uploadKey, uploadId, number, buffer, length), length));
                    length = fill(limited, buffer, maxBytes);
                }
                completeParts(uploadKey, uploadId, parts);
            }
        } catch (RuntimeException e) {
            if (uploadId != null) {
                abortQuietly(uploadKey, uploadId);
            }
            deleteQuietly(uploadKey);
            throw e;
        }
        StoredBlob blob = StoredBlob.of(sha256.digest(), limited.count());
        try {
            copyIntoPlace(uploadKey, blob);
        } finally {
            deleteQuietly(uploadKey);
        }
        return blob;
    }

    /** Reads until the buffer is full or the stream ends; a stream past the limit is refused while it streams. */
    private int fill(SizeLimitedInputStream in, byte[] buffer, long maxBytes) {
        try {
            return in.readNBytes(buffer, 0, buffer.length);
        } catch (IOException e) {
            if (in.exceeded()) {
                throw new ContentTooLargeException(maxBytes);
            }
            throw new ContentStoreException(bucket, null, "Cannot read the upload", e);
        }
    }

    private void abortQuietly(String key, String uploadId) {
        try {
            abortParts(key, uploadId);
        } catch (ContentStoreException e) {
            System.getLogger(MinioContentStore.class.getName()).log(System.Logger.Level.WARNING,
                    "Could not abort multipart upload of {0}: {1}", key, e.getMessage());
        }
    }

    @Override
    public void adopt(String key, StoredBlob blob) {
        copyIntoPlace(key, blob);
        deleteQuietly(key);
    }

    private void copyIntoPlace(String key, StoredBlob blob) {
        if (!exists(blob.key())) {
            call(blob.key(), "Cannot move upload into place", () -> client.copyObject(CopyObjectArgs.builder()
                    .bucket(bucket).object(blob.key())
                    .source(CopySource.builder().bucket(bucket).object(key).build()).build()));
        }
    }

    @Override
    public String beginParts(String key, String contentType) {
        return call(key, "Cannot begin a multipart upload", () -> await(asyncClient.createMultipartUploadAsync(
                bucket, null, key, contentTypeHeader(contentType), null)).result().uploadId());
    }

    @Override
    public String putPart(String key, String uploadId, int number, byte[] data, int length) {
        return call(key, "Cannot store part " + number, () -> await(asyncClient.uploadPartAsync(
                bucket, null, key, data, length, uploadId, number, null, null)).etag());
    }

    @Override
    public void completeParts(String key, String uploadId, List<StoredPart> parts) {
        Part[] joined = parts.stream().map(part -> new Part(part.number(), part.etag())).toArray(Part[]::new);
        call(key, "Cannot join the parts of an upload", () -> await(asyncClient.completeMultipartUploadAsync(
                bucket, null, key, uploadId, joined, null, null)));
    }

    @Override
    public void abortParts(String key, String uploadId) {
        call(key, "Cannot abort a multipart upload", () -> {
            try {
                await(asyncClient.abortMultipartUploadAsync(bucket, null, key, uploadId, null, null));
            } catch (ErrorResponseException e) {
                if (!"NoSuchUpload".equals(e.errorResponse().code())) {
                    throw e;
                }
            }
            return null;
        });
    }

    private static Multimap<String, String> contentTypeHeader(String contentType) {
        Multimap<String, String> headers = HashMultimap.create();
        headers.put("Content-Type", contentType);
        return headers;
    }

    /** The low-level multipart calls exist only on the async client; the callers here want the answer. */
    private static <T> T await(CompletableFuture<T> pending)
            throws IOException, GeneralSecurityException, io.minio.errors.MinioException {
        try {
            return pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for the object store", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException ? e.getCause().getCause() : e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof GeneralSecurityException security) {
                throw security;
            }
            if (cause instanceof io.minio.errors.MinioException minio) {
                throw minio;
            }
            throw new IOException("Object store call failed", cause);
        }
    }

    @Override
    public InputStream open(String key, long offset, long length) {
        return call(key, "Cannot read object range", () -> client.getObject(GetObjectArgs.builder()
                .bucket(bucket).object(key).offset(offset).length(length).build()));
    }

    @Override
    public OptionalLong size(String key) {
        try {
            return OptionalLong.of(client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build()).size());
        } catch (ErrorResponseException e) {
            if (isMissing(e)) {
                return OptionalLong.empty();
            }
            throw new ContentStoreException(bucket, key, "Cannot look up object", e);
        } catch (IOException | GeneralSecurityException | io.minio.errors.MinioException e) {
            throw new ContentStoreException(bucket, key, "Cannot look up object", e);
        }
    }

    @Override
    public URI presignedDownload(String key, Duration validity, String fileName, String contentType) {
        String disposition = "attachment; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                .replace("+", "%20");
        String url = call(key, "Cannot sign a download URL", () -> client.getPresignedObjectUrl(
                GetPresignedObjectUrlArgs.builder().method(Method.GET).bucket(bucket).object(key)
                        .expiry((int) validity.toSeconds())
                        .extraQueryParams(Map.of("response-content-disposition", disposition,
                                "response-content-type", contentType))
                        .build()));
        return URI.create(url);
    }

    @Override
    public InputStream open(String key) {
        return call(key, "Cannot read object", () -> client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build()));
    }

    @Override
    public boolean exists(String key) {
        return size(key).isPresent();
    }

    private static boolean isMissing(ErrorResponseException e) {
        String code = e.errorResponse().code();
        return "NoSuchKey".equals(code) || "NoSuchObject".equals(code);
    }

    /** Best effort: a leftover upload is found and removed later by the orphan sweep. */
    private void deleteQuietly(String key) {
        try {
            delete(key);
        } catch (ContentStoreException e) {
            System.getLogger(MinioContentStore.class.getName()).log(System.Logger.Level.WARNING,
                    "Could not remove temporary upload {0}: {1}", key, e.getMessage());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
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
    public Stream<StoredKey> list(String prefix) {
        Iterable<Result<Item>> items = client.listObjects(ListObjectsArgs.builder().bucket(bucket).prefix(prefix)
                .recursive(true).build());
        return StreamSupport.stream(items.spliterator(), false).map(result -> {
            Item item = call(prefix, "Cannot list objects", result::get);
            return new StoredKey(item.objectName(), item.lastModified().toInstant());
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
            asyncClient.close();
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
