package vn.tvet.lms.xapi;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Map;

/**
 * Signed statements (Data 2.6): a statement whose attachment has the signature usage type carries a JWS (compact
 * serialization, RS256/RS384/RS512) whose payload is the statement as it was before the signature was added. The LRS
 * refuses (400) a malformed JWS, another algorithm, a payload that is not the same statement, and a signature that
 * the certificate in the JWS header (x5c) does not verify. The JWS itself is kept as the attachment's data.
 */
final class SignedStatements {

    static final String SIGNATURE_USAGE = "http://adlnet.gov/expapi/attachments/signature";
    private static final Map<String, String> ALGORITHMS = Map.of("RS256", "SHA256withRSA", "RS384", "SHA384withRSA",
            "RS512", "SHA512withRSA");

    private SignedStatements() {
    }

    /** Checks the statement's signature, if it has one, against the received parts (by declared SHA-2). */
    static void check(JsonObject statement, String path, Map<String, AttachmentData> parts) {
        JsonValue attachments = statement.get("attachments");
        if (attachments == null || attachments.getValueType() != JsonValue.ValueType.ARRAY) {
            return;
        }
        for (JsonValue value : attachments.asJsonArray()) {
            JsonObject attachment = value.asJsonObject();
            if (!SIGNATURE_USAGE.equals(attachment.getString("usageType", ""))) {
                continue;
            }
            if (!"application/octet-stream".equals(attachment.getString("contentType", ""))) {
                throw new StatementRejectedException(path + ".attachments", "a signature's contentType is application/octet-stream");
            }
            AttachmentData jws = parts.get(attachment.getString("sha2", "").toLowerCase());
            if (jws == null) {
                throw new StatementRejectedException(path + ".attachments", "the signature's JWS was not sent");
            }
            verify(new String(jws.bytes(), StandardCharsets.US_ASCII).strip(), withoutSignature(statement, attachment), path);
        }
    }

    private static void verify(String jws, JsonObject signed, String path) {
        String[] parts = jws.split("\\.", -1);
        if (parts.length != 3) {
            throw new StatementRejectedException(path + ".signature", "is not a JWS in compact serialization");
        }
        JsonObject header;
        JsonObject payload;
        try {
            header = Json.createReader(new StringReader(decode(parts[0]))).readObject();
            payload = Json.createReader(new StringReader(decode(parts[1]))).readObject();
        } catch (RuntimeException malformed) {
            throw new StatementRejectedException(path + ".signature", "has a header or payload that is not JSON");
        }
        String algorithm = ALGORITHMS.get(header.getString("alg", ""));
        if (algorithm == null) {
            throw new StatementRejectedException(path + ".signature", "must use RS256, RS384 or RS512");
        }
        if (!StoredForm.equivalent(payload, signed)) {
            throw new StatementRejectedException(path + ".signature", "signs another statement than the one sent");
        }
        if (header.containsKey("x5c")) {
            try {
                byte[] der = Base64.getDecoder().decode(header.getJsonArray("x5c").getString(0));
                X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(der));
                Signature check = Signature.getInstance(algorithm);
                check.initVerify(certificate.getPublicKey());
                check.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
                if (!check.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                    throw new StatementRejectedException(path + ".signature", "does not verify with the certificate it names");
                }
            } catch (GeneralSecurityException | RuntimeException broken) {
                if (broken instanceof StatementRejectedException rejected) {
                    throw rejected;
                }
                throw new StatementRejectedException(path + ".signature", "has a certificate or signature that cannot be read");
            }
        }
    }

    /** The statement as it was signed: without the signature attachment (and without attachments if none is left). */
    private static JsonObject withoutSignature(JsonObject statement, JsonObject signature) {
        JsonArrayBuilder others = Json.createArrayBuilder();
        int left = 0;
        for (JsonValue attachment : statement.getJsonArray("attachments")) {
            if (!attachment.equals(signature)) {
                others.add(attachment);
                left++;
            }
        }
        JsonObjectBuilder built = Json.createObjectBuilder(statement);
        return left == 0 ? built.remove("attachments").build() : built.add("attachments", others).build();
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
