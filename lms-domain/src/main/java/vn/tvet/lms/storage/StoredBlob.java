package vn.tvet.lms.storage;

import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Bytes kept once however many resources use them: named by their SHA-256, so the same file uploaded by
 * two schools is one object. The key spreads objects over 256 prefixes, as object stores prefer.
 */
public record StoredBlob(String sha256, long size) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public StoredBlob {
        Objects.requireNonNull(sha256, "sha256");
        if (!SHA256_HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a lower-case SHA-256 hex digest: " + sha256);
        }
        if (size < 0) {
            throw new IllegalArgumentException("Negative size " + size);
        }
    }

    public static StoredBlob of(byte[] digest, long size) {
        return new StoredBlob(HexFormat.of().formatHex(digest), size);
    }

    /** Where the bytes live in the object store. */
    public String key() {
        return keyOf(sha256);
    }

    public static String keyOf(String sha256) {
        return "blobs/sha256/" + sha256.substring(0, 2) + "/" + sha256;
    }
}
