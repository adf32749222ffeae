package vn.tvet.lms.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A fake object store for pure-logic tests; the real adapter is tested against S3Proxy. */
public final class InMemoryContentStore implements ContentStore {

    private record Entry(byte[] bytes, Instant written) {
    }

    private final Map<String, Entry> objects = new TreeMap<>();
    private final Clock clock;

    public InMemoryContentStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public StoredObject put(String key, InputStream data, String contentType) {
        try {
            byte[] bytes = data.readAllBytes();
            objects.put(key, new Entry(bytes, clock.instant()));
            return new StoredObject(key, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public StoredBlob putContentAddressed(InputStream data, long maxBytes, String contentType) {
        try {
            byte[] bytes = data.readAllBytes();
            if (bytes.length > maxBytes) {
                throw new ContentTooLargeException(maxBytes);
            }
            StoredBlob blob = StoredBlob.of(MessageDigest.getInstance("SHA-256").digest(bytes), bytes.length);
            objects.putIfAbsent(blob.key(), new Entry(bytes, clock.instant()));
            return blob;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private final Map<String, java.util.SortedMap<Integer, byte[]>> partUploads = new TreeMap<>();

    @Override
    public String beginParts(String key, String contentType) {
        String uploadId = java.util.UUID.randomUUID().toString();
        partUploads.put(uploadId, new TreeMap<>());
        return uploadId;
    }

    @Override
    public String putPart(String key, String uploadId, int number, byte[] data, int length) {
        partUploads.get(uploadId).put(number, java.util.Arrays.copyOf(data, length));
        return "etag-" + number;
    }

    @Override
    public void completeParts(String key, String uploadId, java.util.List<StoredPart> parts) {
        java.io.ByteArrayOutputStream joined = new java.io.ByteArrayOutputStream();
        parts.forEach(part -> joined.writeBytes(partUploads.get(uploadId).get(part.number())));
        partUploads.remove(uploadId);
        objects.put(key, new Entry(joined.toByteArray(), clock.instant()));
    }

    @Override
    public void abortParts(String key, String uploadId) {
        partUploads.remove(uploadId);
    }

    @Override
    public void adopt(String key, StoredBlob blob) {
        objects.putIfAbsent(blob.key(), objects.get(key));
        objects.remove(key);
    }

    public int unfinishedPartUploads() {
        return partUploads.size();
    }

    @Override
    public InputStream open(String key) {
        return new ByteArrayInputStream(objects.get(key).bytes());
    }

    @Override
    public InputStream open(String key, long offset, long length) {
        return new ByteArrayInputStream(objects.get(key).bytes(), (int) offset, (int) length);
    }

    @Override
    public OptionalLong size(String key) {
        Entry entry = objects.get(key);
        return entry == null ? OptionalLong.empty() : OptionalLong.of(entry.bytes().length);
    }

    @Override
    public URI presignedDownload(String key, Duration validity, String fileName, String contentType) {
        return URI.create("memory:" + key);
    }

    @Override
    public boolean exists(String key) {
        return objects.containsKey(key);
    }

    @Override
    public void delete(String key) {
        objects.remove(key);
    }

    @Override
    public Stream<StoredKey> list(String prefix) {
        return objects.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .map(e -> new StoredKey(e.getKey(), e.getValue().written())).toList().stream();
    }

    @Override
    public void checkAvailable() {
        // always available
    }

    public java.util.Set<String> keys() {
        return objects.keySet();
    }
}
