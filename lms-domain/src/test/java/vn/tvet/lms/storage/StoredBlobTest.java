package vn.tvet.lms.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

class StoredBlobTest {

    @Test
    void keyIsSpreadByTheFirstByteOfTheDigest() throws Exception {
        StoredBlob blob = StoredBlob.of(MessageDigest.getInstance("SHA-256").digest(new byte[0]), 0);
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", blob.sha256());
        assertEquals("blobs/sha256/e3/e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", blob.key());
    }

    @Test
    void onlyWellFormedDigestsNameABlob() {
        assertThrows(IllegalArgumentException.class, () -> new StoredBlob("../../etc/passwd", 1));
        assertThrows(IllegalArgumentException.class, () -> new StoredBlob("E3B0" + "0".repeat(60), 1));
        assertThrows(IllegalArgumentException.class, () -> new StoredBlob("0".repeat(64), -1));
        assertThrows(NullPointerException.class, () -> new StoredBlob(null, 1));
    }
}
