package vn.tvet.lms.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * "This resource changed; index it again": written in the same transaction as the change, so a change that
 * committed is never missed by the index, whatever crashes afterwards. Removed once the index has
 * committed the new state.
 */
@Entity
@Table(name = "search_index_task")
public class IndexTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "resource_id", nullable = false)
    private long resourceId;

    @Column(name = "enqueued_at", nullable = false)
    private Instant enqueuedAt;

    protected IndexTask() {
        // for JPA
    }

    IndexTask(long resourceId, Instant enqueuedAt) {
        this.resourceId = resourceId;
        this.enqueuedAt = enqueuedAt;
    }

    public Long getId() {
        return id;
    }

    public long getResourceId() {
        return resourceId;
    }

    public Instant getEnqueuedAt() {
        return enqueuedAt;
    }
}
