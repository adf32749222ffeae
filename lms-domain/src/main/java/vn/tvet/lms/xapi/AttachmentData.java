package vn.tvet.lms.xapi;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One attachment part of a multipart/mixed statement request: the SHA-2 its X-Experience-API-Hash header declares,
 * its type and bytes. {@link #verified} checks the declared hash against the bytes with the SHA-2 its length names.
 */
public record AttachmentData(String sha2, String contentType, byte[] bytes) {

    public AttachmentData {
        sha2 = sha2 == null ? "" : sha2.strip().toLowerCase();
    }

    /** Whether the bytes hash to the declared value (SHA-224, -256, -384 or -512 by the hex length). */
    public boolean verified() {
        String algorithm = switch (sha2.length()) {
            case 56 -> "SHA-224";
            case 64 -> "SHA-256";
            case 96 -> "SHA-384";
            case 128 -> "SHA-512";
            default -> null;
        };
        if (algorithm == null) {
            return false;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes)).equals(sha2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }
}
