package vn.tvet.lms.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tvet.lms.ManualClock;

class OrphanSweepTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-09-05T08:00:00Z"));
    private final InMemoryContentStore store = new InMemoryContentStore(clock);
    private final Set<String> referenced = new HashSet<>();
    private final OrphanSweep sweep = new OrphanSweep(store, referenced::contains, clock);

    private StoredBlob blob(String text) {
        return store.putContentAddressed(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 1000, "text/plain");
    }

    @Test
    void removesOldUnreferencedBytesAndAbandonedUploadsOnly() {
        StoredBlob used = blob("giáo trình đang dùng");
        StoredBlob orphan = blob("tải lên nhưng giao dịch bị hủy");
        store.put("uploads/abandoned", new ByteArrayInputStream(new byte[10]), "application/pdf");
        referenced.add(used.sha256());

        clock.advance(Duration.ofMinutes(30));
        StoredBlob fresh = blob("vừa tải lên, phiên bản sắp được ghi");
        store.put("uploads/in-progress", new ByteArrayInputStream(new byte[10]), "application/pdf");

        clock.advance(Duration.ofMinutes(45));
        assertEquals(2, sweep.sweep());
        assertEquals(Set.of(used.key(), fresh.key(), "uploads/in-progress"), store.keys());
        assertFalse(store.exists(orphan.key()));

        clock.advance(OrphanSweep.GRACE);
        assertEquals(2, sweep.sweep(), "the fresh ones too, once their grace is over and nothing refers to them");
        assertEquals(Set.of(used.key()), store.keys());
    }
}
