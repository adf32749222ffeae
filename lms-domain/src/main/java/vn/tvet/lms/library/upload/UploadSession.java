package vn.tvet.lms.library.upload;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.storage.StoredPart;

/**
 * A large file arriving in chunks over several requests, possibly across dropped connections and server
 * restarts. Each chunk becomes one part of a multipart upload in the object store, so the received bytes
 * live in the store, not on the application's disk; the database remembers which parts arrived. Chunks
 * arrive in order: the client asks how far the server got and continues from there.
 */
@Entity
@Table(name = "upload_session")
public class UploadSession {

    @Id
    private UUID id;

    @Column(name = "resource_id")
    private Long resourceId;

    @Column(name = "evidence_class_id")
    private Long evidenceClassId;

    @Column(name = "evidence_step")
    private Integer evidenceStep;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "total_bytes", nullable = false)
    private long totalBytes;

    @Column(name = "chunk_bytes", nullable = false)
    private int chunkBytes;

    @Column(name = "staging_key", nullable = false, length = 200)
    private String stagingKey;

    @Column(name = "store_upload_id", nullable = false, length = 1000)
    private String storeUploadId;

    @Column(name = "received_bytes", nullable = false)
    private long receivedBytes;

    @ElementCollection
    @CollectionTable(name = "upload_session_part", joinColumns = @JoinColumn(name = "session_id"))
    @OrderBy("number")
    private List<StoredPart> parts = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "touched_at", nullable = false)
    private Instant touchedAt;

    protected UploadSession() {
        // for JPA
    }

    UploadSession(UUID id, UploadTarget target, long personId, String fileName, long totalBytes, int chunkBytes,
            String stagingKey, String storeUploadId, Instant now) {
        this.id = id;
        this.resourceId = target.resourceId();
        this.evidenceClassId = target.evidenceClassId();
        this.evidenceStep = target.evidenceStep();
        this.personId = personId;
        this.fileName = fileName;
        this.totalBytes = totalBytes;
        this.chunkBytes = chunkBytes;
        this.stagingKey = stagingKey;
        this.storeUploadId = storeUploadId;
        this.createdAt = now;
        this.touchedAt = now;
    }

    /** How many bytes the chunk starting at {@code offset} must have: a full chunk, or the rest of the file. */
    public int expectedChunkLength(long offset) {
        if (offset != receivedBytes) {
            throw new ChunkOutOfOrderException(id, offset, receivedBytes);
        }
        return (int) Math.min(chunkBytes, totalBytes - receivedBytes);
    }

    void recordPart(String etag, int length, Instant now) {
        if (length != expectedChunkLength(receivedBytes) || length == 0) {
            throw new IllegalArgumentException("Chunk of " + length + " bytes where " + expectedChunkLength(receivedBytes)
                    + " were expected");
        }
        parts.add(new StoredPart(nextPartNumber(), etag, length));
        receivedBytes += length;
        touchedAt = now;
    }

    /** Parts are numbered from 1, one per chunk. */
    int nextPartNumber() {
        return parts.size() + 1;
    }

    public boolean isComplete() {
        return receivedBytes == totalBytes;
    }

    boolean isOwnedBy(Viewer viewer) {
        return personId == viewer.personId();
    }

    public UUID getId() {
        return id;
    }

    /** Where the file goes once finished. */
    public UploadTarget target() {
        return new UploadTarget(resourceId, evidenceClassId, evidenceStep);
    }

    public String getFileName() {
        return fileName;
    }

    public long getTotalBytes() {
        return totalBytes;
    }

    public int getChunkBytes() {
        return chunkBytes;
    }

    public long getReceivedBytes() {
        return receivedBytes;
    }

    String getStagingKey() {
        return stagingKey;
    }

    String getStoreUploadId() {
        return storeUploadId;
    }

    List<StoredPart> getParts() {
        return List.copyOf(parts);
    }

    public Instant getTouchedAt() {
        return touchedAt;
    }
}
