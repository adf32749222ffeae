package vn.tvet.lms.web.xapi;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.tvet.lms.xapi.LrsAttachments;
import vn.tvet.lms.xapi.LrsCaller;
import vn.tvet.lms.xapi.LrsStatements;
import vn.tvet.lms.xapi.StatementQuery;

/**
 * The Statement Resource over HTTP (Communication 2.1): PUT and POST of statements as application/json or with
 * their attachments as multipart/mixed, GET by id, and queries answered as a StatementResult with a "more" link,
 * as JSON or, with attachments=true, as multipart/mixed.
 */
final class StatementRequests {

    private final LrsStatements statements;
    private final LrsAttachments attachments;
    private final Clock clock;

    StatementRequests(LrsStatements statements, LrsAttachments attachments, Clock clock) {
        this.statements = statements;
        this.attachments = attachments;
        this.clock = clock;
    }

    void serve(LrsCaller caller, HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getMethod()) {
            case "PUT" -> {
                UUID id = statementId(request.getParameter("statementId"), "statementId");
                Sent sent = sent(request);
                statements.put(caller, id, sent.json(), sent.attachments());
                response.setStatus(204);
            }
            case "POST" -> {
                if (request.getParameter("statementId") != null) {
                    throw new IllegalArgumentException("POST takes no statementId; use PUT to choose the id");
                }
                Sent sent = sent(request);
                List<UUID> ids = statements.post(caller, sent.json(), sent.attachments());
                JsonArrayBuilder answer = Json.createArrayBuilder();
                ids.forEach(id -> answer.add(id.toString()));
                XapiServlet.json(response, 200, answer.build().toString());
            }
            case "GET", "HEAD" -> getStatement(caller, request, response);
            default -> XapiServlet.plain(response, 405, "The statements resource takes GET, HEAD, PUT and POST.");
        }
    }

    private void getStatement(LrsCaller caller, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String statementId = request.getParameter("statementId");
        String voidedId = request.getParameter("voidedStatementId");
        if (statementId != null && voidedId != null) {
            throw new IllegalArgumentException("give statementId or voidedStatementId, not both");
        }
        if (statementId == null && voidedId == null) {
            query(caller, request, response);
            return;
        }
        for (String name : request.getParameterMap().keySet()) {
            if (!List.of("statementId", "voidedStatementId", "format", "attachments").contains(name)) {
                throw new IllegalArgumentException(name + " cannot be used with statementId or voidedStatementId");
            }
        }
        boolean voided = voidedId != null;
        UUID id = statementId(voided ? voidedId : statementId, voided ? "voidedStatementId" : "statementId");
        response.setHeader("X-Experience-API-Consistent-Through", DateTimeFormatter.ISO_INSTANT.format(clock.instant()));
        Optional<String> statement = statements.get(caller, id, voided);
        if (statement.isEmpty()) {
            XapiServlet.plain(response, 404, "No such statement.");
            return;
        }
        answer(request, response, statement.get(), List.of(json(statement.get().getBytes(StandardCharsets.UTF_8)).asJsonObject()));
    }

    /** A statement query, or the next page of one ("more"). */
    private void query(LrsCaller caller, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> parameters = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length != 1) {
                throw new IllegalArgumentException(name + " is given more than once");
            }
            parameters.put(name, values[0]);
        });
        StatementQuery query = (parameters.containsKey("more") && parameters.size() == 1
                ? StatementQuery.fromToken(parameters.get("more")) : StatementQuery.of(parameters))
                .forLanguages(languages(request.getHeader("Accept-Language")));
        response.setHeader("X-Experience-API-Consistent-Through", DateTimeFormatter.ISO_INSTANT.format(clock.instant()));
        LrsStatements.StatementResult result = statements.query(caller, query);
        JsonArrayBuilder list = Json.createArrayBuilder();
        result.statements().forEach(list::add);
        answer(request, response, Json.createObjectBuilder().add("statements", list)
                .add("more", result.moreToken() == null ? ""
                        : request.getContextPath() + "/xapi/statements?more=" + result.moreToken())
                .build().toString(), result.statements());
    }

    /** The Accept-Language ranges, best first by their q-values (RFC 2616 14.4). */
    static List<String> languages(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        record Range(String tag, double q) {
        }
        List<Range> ranges = new java.util.ArrayList<>();
        for (String part : header.split(",")) {
            String[] pieces = part.strip().split(";");
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].strip();
                if (parameter.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException malformed) {
                        q = 0;
                    }
                }
            }
            if (!pieces[0].isBlank() && q > 0) {
                ranges.add(new Range(pieces[0].strip(), q));
            }
        }
        ranges.sort(java.util.Comparator.comparingDouble(Range::q).reversed());
        return ranges.stream().map(Range::tag).toList();
    }

    private static UUID statementId(String value, String name) {
        if (value == null || !value.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            throw new IllegalArgumentException(name + " must be a UUID");
        }
        return UUID.fromString(value);
    }

    /** What a PUT or POST of statements sent: the JSON, and attachment data already in the object store. */
    private record Sent(JsonValue json, Map<String, LrsAttachments.StoredAttachment> attachments) {
    }

    /** The statements of an application/json or multipart/mixed request (their attachment parts stored). */
    private Sent sent(HttpServletRequest request) throws IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        byte[] bytes = XapiServlet.bytes(request);
        if (MultipartMixed.is(type)) {
            MultipartMixed.Request multipart = MultipartMixed.read(bytes, request.getContentType());
            JsonValue json = json(multipart.json().getBytes(StandardCharsets.UTF_8));
            List<JsonObject> sentStatements = new java.util.ArrayList<>();
            if (json.getValueType() == JsonValue.ValueType.ARRAY) {
                json.asJsonArray().stream().filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
                        .forEach(v -> sentStatements.add(v.asJsonObject()));
            } else if (json.getValueType() == JsonValue.ValueType.OBJECT) {
                sentStatements.add(json.asJsonObject());
            }
            return new Sent(json, attachments.receive(sentStatements, multipart.parts()));
        }
        if (!type.startsWith("application/json")) {
            throw new IllegalArgumentException("Content-Type must be application/json or multipart/mixed");
        }
        return new Sent(json(bytes), Map.of());
    }

    private static JsonValue json(byte[] bytes) {
        try {
            return Json.createReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)).readValue();
        } catch (JsonException e) {
            throw new IllegalArgumentException("the body is not JSON: " + e.getMessage());
        }
    }

    /** Answers statements as JSON, or with their attachments' data as multipart/mixed when asked (attachments=true). */
    private void answer(HttpServletRequest request, HttpServletResponse response, String json, List<JsonObject> shown)
            throws IOException {
        if (!"true".equals(request.getParameter("attachments"))) {
            XapiServlet.json(response, 200, json);
            return;
        }
        java.util.Set<String> sha2s = new java.util.LinkedHashSet<>();
        for (JsonObject statement : shown) {
            if (statement.containsKey("attachments")) {
                statement.getJsonArray("attachments").forEach(a -> sha2s.add(a.asJsonObject().getString("sha2").toLowerCase()));
            }
        }
        MultipartMixed.write(response, json, attachments.stored(sha2s), attachments::open);
    }
}
