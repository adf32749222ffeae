package vn.tvet.lms.xapi;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Signed statements (Data 2.6) with a test signer's key and certificate (a self-signed RSA certificate made for these
 * tests, kept under src/test/resources/xapi).
 */
class SignedStatementsTest {

    private static final String STATEMENT = "{'id':'fd41c918-b88b-4b20-a0a5-a4c32391aaa0','actor':{'mbox':'mailto:ky@truong.vn'},"
            + "'verb':{'id':'http://adlnet.gov/expapi/verbs/passed'},'object':{'id':'http://de-thi.vn/an-toan-dien'}}";

    @Test
    void aStatementSignedWithItsCertificateIsAcceptedAndAnyChangeIsNot() throws Exception {
        String jws = jws(json(STATEMENT), "RS256");
        accepted(json(STATEMENT), jws);
        rejected(json(STATEMENT.replace("passed", "failed")), jws, "another statement than the one signed");
        rejected(json(STATEMENT), jws.substring(0, jws.length() - 4) + "AAAA", "a signature that does not verify");
        rejected(json(STATEMENT), jws(json(STATEMENT), "HS256"), "an algorithm the specification does not allow");
        rejected(json(STATEMENT), "not.a-jws", "a malformed JWS");
    }

    private static void accepted(JsonObject statement, String jws) {
        assertDoesNotThrow(() -> SignedStatements.check(withSignature(statement, jws), "statement", parts(jws)));
    }

    private static void rejected(JsonObject statement, String jws, String why) {
        assertThrows(StatementRejectedException.class, () -> SignedStatements.check(withSignature(statement, jws), "statement",
                parts(jws)), why);
    }

    private static Map<String, AttachmentData> parts(String jws) throws Exception {
        byte[] bytes = jws.getBytes(StandardCharsets.US_ASCII);
        String sha2 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        return Map.of(sha2, new AttachmentData(sha2, "application/octet-stream", bytes));
    }

    private static JsonObject withSignature(JsonObject statement, String jws) throws Exception {
        String sha2 = parts(jws).keySet().iterator().next();
        return Json.createObjectBuilder(statement).add("attachments", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("usageType", SignedStatements.SIGNATURE_USAGE).add("display", Json.createObjectBuilder().add("en-US", "signature"))
                .add("contentType", "application/octet-stream").add("length", jws.length()).add("sha2", sha2))).build();
    }

    /** A JWS of the statement, signed with the test signer's key (RS256) and naming its certificate. */
    private static String jws(JsonObject payload, String alg) throws Exception {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String header = Json.createObjectBuilder().add("alg", alg).add("x5c", Json.createArrayBuilder().add(resource("test-signer.crt.b64")))
                .build().toString();
        String signingInput = url.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder()
                .decode(resource("test-signer.key.b64"))));
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(key);
        signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + url.encodeToString(signer.sign());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SignedStatementsTest.class.getResourceAsStream("/xapi/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        }
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }
}
