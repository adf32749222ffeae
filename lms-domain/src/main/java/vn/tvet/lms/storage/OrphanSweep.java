package vn.tvet.lms.storage;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Removes bytes nothing refers to: uploads abandoned before they got their content name, and blobs no
 * version uses (their database write failed or was rolled back). Only objects older than the grace
 * period are touched, because a blob is written just before the row that refers to it. Bytes of
 * retired resources stay: their versions still refer to them.
 */
public final class OrphanSweep {

    private static final System.Logger LOG = System.getLogger(OrphanSweep.class.getName());

    /** An hour is far longer than the moment between storing a blob and committing its version. */
    public static final Duration GRACE = Duration.ofHours(1);

    private final ContentStore store;
    private final Predicate<String> blobInUse;
    private final Clock clock;

    /** {@code blobInUse} answers, for a SHA-256, whether any version still refers to those bytes. */
    public OrphanSweep(ContentStore store, Predicate<String> blobInUse, Clock clock) {
        this.store = store;
        this.blobInUse = blobInUse;
        this.clock = clock;
    }

    /** Sweeps once; returns how many objects were removed. */
    public int sweep() {
        Instant cutoff = clock.instant().minus(GRACE);
        int removed = 0;
        try (Stream<StoredKey> uploads = store.list("uploads/")) {
            removed += uploads.filter(o -> o.lastModified().isBefore(cutoff)).mapToInt(this::remove).sum();
        }
        try (Stream<StoredKey> blobs = store.list("blobs/sha256/")) {
            removed += blobs.filter(o -> o.lastModified().isBefore(cutoff))
                    .filter(o -> !blobInUse.test(o.key().substring(o.key().lastIndexOf('/') + 1)))
                    .mapToInt(this::remove).sum();
        }
        if (removed > 0) {
            LOG.log(Level.INFO, "Orphan sweep removed {0} objects", removed);
        }
        return removed;
    }

    private int remove(StoredKey object) {
        store.delete(object.key());
        return 1;
    }
}
