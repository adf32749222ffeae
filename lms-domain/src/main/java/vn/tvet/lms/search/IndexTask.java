package vn.tvet.lms.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * "This document changed; index it again": written in the same transaction as the change, so a change that
 * committed is never missed by the index, whatever crashes afterwards. Removed once the index has
 * committed the new state.
 */
@Entity
@Table(name = "search_index_task")
public class IndexTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DocumentKind kind;

    @Column(name = "enqueued_at", nullable = false)
    private Instant enqueuedAt;

    protected IndexTask() {
        // for JPA
    }

    IndexTask(DocumentKind kind, long documentId, Instant enqueuedAt) {
        this.kind = kind;
        this.documentId = documentId;
        this.enqueuedAt = enqueuedAt;
    }

    public Long getId() {
        return id;
    }

    public long getDocumentId() {
        return documentId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public Instant getEnqueuedAt() {
        return enqueuedAt;
    }
}
