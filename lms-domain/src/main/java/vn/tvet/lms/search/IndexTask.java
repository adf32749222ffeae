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

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    /** Set when the task failed {@link #MAX_ATTEMPTS} times: it waits for an admin's retry. */
    @Column(name = "parked_at")
    private Instant parkedAt;

    /** Tries before a task is parked. */
    public static final int MAX_ATTEMPTS = 5;
    /** The pause after the first failure; each further failure waits three times as long. */
    static final java.time.Duration FIRST_PAUSE = java.time.Duration.ofSeconds(10);

    protected IndexTask() {
        // for JPA
    }

    IndexTask(DocumentKind kind, long documentId, Instant enqueuedAt) {
        this.kind = kind;
        this.documentId = documentId;
        this.enqueuedAt = enqueuedAt;
    }

    /** Records a failed try: wait longer before the next, or park the task after the last one. */
    void failed(String error, Instant now) {
        attempts++;
        lastError = error.length() > 2000 ? error.substring(0, 1999) + "…" : error;
        if (attempts >= MAX_ATTEMPTS) {
            parkedAt = now;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(FIRST_PAUSE.multipliedBy((long) Math.pow(3, attempts - 1)));
        }
    }

    /** An admin asks for another try: the counting starts again. */
    void retry() {
        attempts = 0;
        parkedAt = null;
        nextAttemptAt = null;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getParkedAt() {
        return parkedAt;
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
