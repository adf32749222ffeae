package vn.tvet.lms.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The text extracted from one stored file, kept by the file's SHA-256: extraction is the slow part of
 * indexing, so a rebuild or a metadata edit reads it from here. A file that could not be read keeps the
 * reason, and is indexed by its metadata only.
 */
@Entity
@Table(name = "blob_text")
public class BlobText {

    @Id
    @Column(length = 64)
    private String sha256;

    @Column(nullable = false, columnDefinition = "text")
    private String text;

    @Column(length = 300)
    private String failure;

    @Column(name = "extracted_at", nullable = false)
    private Instant extractedAt;

    protected BlobText() {
        // for JPA
    }

    BlobText(String sha256, ExtractedText extracted, Instant now) {
        this.sha256 = sha256;
        this.text = extracted.text();
        this.failure = extracted.failure() == null ? null : abbreviate(extracted.failure());
        this.extractedAt = now;
    }

    private static String abbreviate(String reason) {
        return reason.length() > 300 ? reason.substring(0, 299) + "…" : reason;
    }

    public String getSha256() {
        return sha256;
    }

    public String getText() {
        return text;
    }

    public String getFailure() {
        return failure;
    }
}
