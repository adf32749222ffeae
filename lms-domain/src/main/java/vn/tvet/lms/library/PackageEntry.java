package vn.tvet.lms.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.tvet.lms.library.packaging.UnpackedEntry;
import vn.tvet.lms.storage.StoredBlob;

/** One file of an unpacked package version, stored under its content hash like every other file. */
@Entity
@Table(name = "package_entry")
public class PackageEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", nullable = false)
    private ResourceVersion version;

    @Column(nullable = false, length = 1000)
    private String path;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "media_type", nullable = false, length = 127)
    private String mediaType;

    protected PackageEntry() {
        // for JPA
    }

    PackageEntry(ResourceVersion version, UnpackedEntry entry) {
        this.version = version;
        this.path = entry.path();
        this.sha256 = entry.blob().sha256();
        this.size = entry.blob().size();
        this.mediaType = entry.mediaType();
    }

    public String getPath() {
        return path;
    }

    public StoredBlob getBlob() {
        return new StoredBlob(sha256, size);
    }

    public String getMediaType() {
        return mediaType;
    }
}
