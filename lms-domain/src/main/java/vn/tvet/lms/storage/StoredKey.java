package vn.tvet.lms.storage;

import java.time.Instant;

/** An object as listed by the store: its key and when it was last written. */
public record StoredKey(String key, Instant lastModified) {
}
