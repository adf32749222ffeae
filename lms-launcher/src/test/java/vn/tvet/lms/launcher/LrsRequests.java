package vn.tvet.lms.launcher;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import vn.tvet.lms.launcher.RunningApplication.App;

/** What the LRS tests share: a client of a school stored as the administration stores one, and xAPI requests. */
final class LrsRequests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private LrsRequests() {
    }

    /** A client of the school (its secret's SHA-256 kept, as the use case keeps it); the Basic header to use. */
    static String client(App app, String school, String key, boolean read, boolean write) throws Exception {
        String secret = "bi-mat-" + UUID.randomUUID();
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        app.queryString("insert into lrs_client (school_id, name, api_key, secret_hash, may_read, may_write, created_by, created_at)"
                + " select i.id, 'Kiểm thử " + key + "', '" + key + "', ?, " + read + ", " + write + ", p.id, now()"
                + " from institution i, person p where i.code = '" + school + "' and p.username = 'quantri.mang'"
                + " returning api_key", hash);
        return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A launch token of the learner for an activity of their class, stored as the lesson player stores one; the
     * Basic header content would use.
     */
    static String launch(App app, String username, String classCode, String activityId) throws Exception {
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(UUID.randomUUID().toString()
                .substring(0, 32).getBytes(StandardCharsets.US_ASCII));
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        app.queryString("insert into lrs_launch (token_sha256, school_id, person_id, class_id, activity_id, registration,"
                + " created_at, expires_at) select ?, c.school_id, e.person_id, c.id, '" + activityId + "', e.registration,"
                + " now(), now() + interval '1 hour' from school_class c join class_enrolment e on e.class_id = c.id"
                + " join person p on p.id = e.person_id where c.code = '" + classCode + "' and p.username = '" + username + "'"
                + " returning token_sha256", hash);
        return "Basic " + Base64.getEncoder().encodeToString(("launch:" + token).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(App app, String method, String path, String authorization, String body, String type)
            throws Exception {
        return send(app, method, path, authorization, body, type, Map.of());
    }

    static HttpResponse<String> send(App app, String method, String path, String authorization, String body, String type,
            Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("X-Experience-API-Version", "1.0.3")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (type != null) {
            request.header("Content-Type", type);
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
