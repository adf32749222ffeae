package vn.tvet.lms.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.tvet.lms.storage.StoredBlob;

/**
 * A file a learner handed in for a practical task of their class: a photo or video from the workshop, a report.
 * Its id is the upload's, so recording it twice is impossible. The bytes stay in the object store by content.
 */
@Entity
@Table(name = "task_evidence")
public class TaskEvidence {

    @Id
    private UUID id;

    @Column(name = "class_id", nullable = false, updatable = false)
    private long classId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(nullable = false, updatable = false)
    private UUID registration;

    @Column(name = "activity_id", nullable = false, updatable = false, length = 2000)
    private String activityId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false, length = 200)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "handed_in_at", nullable = false, updatable = false)
    private Instant handedInAt;

    protected TaskEvidence() {
        // for JPA
    }

    TaskEvidence(UUID id, long classId, long personId, UUID registration, String activityId, String fileName,
            String mediaType, StoredBlob blob, Instant now) {
        this.id = id;
        this.classId = classId;
        this.personId = personId;
        this.registration = registration;
        this.activityId = activityId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = blob.size();
        this.sha256 = blob.sha256();
        this.handedInAt = now;
    }

    public StoredBlob blob() {
        return new StoredBlob(sha256, sizeBytes);
    }

    public UUID getId() {
        return id;
    }

    public long getClassId() {
        return classId;
    }

    public long getPersonId() {
        return personId;
    }

    public String getActivityId() {
        return activityId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public Instant getHandedInAt() {
        return handedInAt;
    }

    /** Photos and videos the page can show in place; everything else is a download. */
    public boolean isShownInPlace() {
        return mediaType.startsWith("image/") && !mediaType.equals("image/svg+xml") || mediaType.startsWith("video/");
    }
}
