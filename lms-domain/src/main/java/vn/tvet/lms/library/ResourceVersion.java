package vn.tvet.lms.library;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.library.packaging.UnpackedPackage;
import vn.tvet.lms.library.upload.FileNames;
import vn.tvet.lms.storage.StoredBlob;

/** One uploaded file of a resource. Versions are never changed or deleted; a new upload adds one. */
@Entity
@Table(name = "resource_version")
public class ResourceVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resource_id", nullable = false)
    private LearningResource resource;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "mime_type", nullable = false, length = 127)
    private String mimeType;

    @Column(length = 1000)
    private String note;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", nullable = false)
    private Person createdBy;

    /** For packages: the file a player opens first; null for plain files. */
    @Column(name = "entry_point", length = 1000)
    private String entryPoint;

    @OneToMany(mappedBy = "version", cascade = CascadeType.PERSIST)
    private List<PackageEntry> entries = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ResourceVersion() {
        // for JPA
    }

    ResourceVersion(LearningResource resource, int number, StoredBlob blob, String fileName, String mimeType,
            String note, Person createdBy, Instant createdAt) {
        this.resource = resource;
        this.number = number;
        this.sha256 = blob.sha256();
        this.size = blob.size();
        this.fileName = FileNames.sanitise(fileName);
        this.mimeType = mimeType;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Records the unpacked files of a package version. */
    void unpacked(UnpackedPackage contents) {
        entryPoint = contents.entryPoint();
        contents.entries().forEach(entry -> entries.add(new PackageEntry(this, entry)));
    }

    /** The files of a package version (empty for a single file). */
    public List<PackageEntry> getEntries() {
        return List.copyOf(entries);
    }

    public String getEntryPoint() {
        return entryPoint;
    }

    public boolean isPackage() {
        return entryPoint != null;
    }

    public Long getId() {
        return id;
    }

    public LearningResource getResource() {
        return resource;
    }

    public int getNumber() {
        return number;
    }

    public StoredBlob getBlob() {
        return new StoredBlob(sha256, size);
    }

    public String getSha256() {
        return sha256;
    }

    public long getSize() {
        return size;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMimeType() {
        return mimeType;
    }

    public String getNote() {
        return note;
    }

    public Person getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
