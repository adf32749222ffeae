package vn.tvet.lms.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One part of an upload that arrives over several requests, as the object store acknowledged it. */
@Embeddable
public record StoredPart(
        @Column(name = "part_number", nullable = false) int number,
        @Column(name = "etag", nullable = false, length = 200) String etag,
        @Column(name = "size_bytes", nullable = false) long size) {
}
