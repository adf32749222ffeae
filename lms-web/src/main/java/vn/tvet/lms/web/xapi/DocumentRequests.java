package vn.tvet.lms.web.xapi;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.UUID;
import vn.tvet.lms.xapi.DocumentPlace;
import vn.tvet.lms.xapi.LrsCaller;
import vn.tvet.lms.xapi.LrsDocuments;
import vn.tvet.lms.xapi.StatementQuery;
import vn.tvet.lms.xapi.StatementRejectedException;
import vn.tvet.lms.xapi.StatementValidator;
import vn.tvet.lms.xapi.XapiDocument;

/**
 * The document resources over HTTP (activities/state, activities/profile, agents/profile): parameters checked to
 * the same standards as in statements, the document bytes as sent, ETag and Last-Modified on reads, If-Match and
 * If-None-Match passed to the domain.
 */
final class DocumentRequests {

    private static final Set<String> STATE = Set.of("activityId", "agent", "registration", "stateId", "since");
    private static final Set<String> ACTIVITY_PROFILE = Set.of("activityId", "profileId", "since");
    private static final Set<String> AGENT_PROFILE = Set.of("agent", "profileId", "since");

    private final LrsDocuments documents;

    DocumentRequests(LrsDocuments documents) {
        this.documents = documents;
    }

    void state(LrsCaller caller, HttpServletRequest request, HttpServletResponse response) throws IOException {
        allowOnly(request, STATE);
        String registration = request.getParameter("registration");
        if (registration != null && !registration.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            throw new StatementRejectedException("registration", "must be a UUID");
        }
        DocumentPlace place = DocumentPlace.state(activityId(request), agent(request),
                registration == null ? null : UUID.fromString(registration));
        serve(caller, place, "stateId", true, request, response);
    }

    void activityProfile(LrsCaller caller, HttpServletRequest request, HttpServletResponse response) throws IOException {
        allowOnly(request, ACTIVITY_PROFILE);
        serve(caller, DocumentPlace.activityProfile(activityId(request)), "profileId", false, request, response);
    }

    void agentProfile(LrsCaller caller, HttpServletRequest request, HttpServletResponse response) throws IOException {
        // cmi5 11.0: the LMS keeps the learner's preferences; an AU's change is refused with 403, whatever it sent
        if (caller.launch() != null && caller.launch().session() != null && !"GET".equals(request.getMethod())
                && !"HEAD".equals(request.getMethod()) && "cmi5LearnerPreferences".equals(request.getParameter("profileId"))) {
            throw new vn.tvet.lms.xapi.LrsForbiddenException("change the learner's cmi5 preferences");
        }
        allowOnly(request, AGENT_PROFILE);
        serve(caller, DocumentPlace.agentProfile(agent(request)), "profileId", false, request, response);
    }

    private void serve(LrsCaller caller, DocumentPlace place, String idName, boolean deleteAll, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        String documentId = request.getParameter(idName);
        LrsDocuments.Preconditions preconditions = new LrsDocuments.Preconditions(request.getHeader("If-Match"),
                request.getHeader("If-None-Match"));
        switch (request.getMethod()) {
            case "GET", "HEAD" -> {
                if (documentId == null) {
                    String since = request.getParameter("since");
                    LrsDocuments.DocumentIds ids = documents.ids(caller, place, since == null ? null
                            : StatementQuery.of(java.util.Map.of("since", since)).since());
                    JsonArrayBuilder list = Json.createArrayBuilder();
                    ids.ids().forEach(list::add);
                    byte[] body = list.build().toString().getBytes(StandardCharsets.UTF_8);
                    send(response, body, "application/json", ids.lastModified());
                    return;
                }
                var found = documents.get(caller, place, documentId);
                if (found.isEmpty()) {
                    XapiServlet.plain(response, 404, "No such document.");
                    return;
                }
                XapiDocument document = found.get();
                send(response, document.content(), document.contentType(), document.updated());
            }
            case "PUT", "POST" -> {
                required(documentId, idName);
                String type = request.getContentType() == null ? "application/octet-stream" : request.getContentType();
                byte[] content = XapiServlet.bytes(request);
                if ("PUT".equals(request.getMethod())) {
                    documents.put(caller, place, documentId, content, type, preconditions);
                } else {
                    documents.post(caller, place, documentId, content, type, preconditions);
                }
                response.setStatus(204);
            }
            case "DELETE" -> {
                if (documentId == null && deleteAll) {
                    documents.deleteAll(caller, place);
                } else {
                    required(documentId, idName);
                    documents.delete(caller, place, documentId, preconditions);
                }
                response.setStatus(204);
            }
            default -> XapiServlet.plain(response, 405, "Documents take GET, HEAD, PUT, POST and DELETE.");
        }
    }

    /** The Activities resource: the Activity with the newest definition this school's statements gave it. */
    static JsonObject activity(String id, String definition) {
        JsonObjectBuilder activity = Json.createObjectBuilder().add("objectType", "Activity").add("id", id);
        if (definition != null) {
            activity.add("definition", Json.createReader(new StringReader(definition)).readObject());
        }
        return activity.build();
    }

    /** The Agents resource: a Person with what the LRS knows of the agent (here, what the request says). */
    static JsonObject person(JsonObject agent) {
        JsonObjectBuilder person = Json.createObjectBuilder().add("objectType", "Person");
        for (String key : new String[] {"name", "mbox", "mbox_sha1sum", "openid", "account"}) {
            if (agent.containsKey(key)) {
                person.add(key, Json.createArrayBuilder().add(agent.get(key)));
            }
        }
        return person.build();
    }

    static String activityId(HttpServletRequest request) {
        String id = request.getParameter("activityId");
        required(id, "activityId");
        if (!StatementValidator.isIri(id)) {
            throw new StatementRejectedException("activityId", "must be an IRI");
        }
        return id;
    }

    /** The agent parameter: a JSON Agent (a Group's identifier may stand in an Agent object). */
    static JsonObject agent(HttpServletRequest request) {
        String text = request.getParameter("agent");
        required(text, "agent");
        JsonValue agent;
        try {
            agent = Json.createReader(new StringReader(text)).readValue();
        } catch (RuntimeException notJson) {
            throw new StatementRejectedException("agent", "must be a JSON Agent");
        }
        if (agent.getValueType() != JsonValue.ValueType.OBJECT
                || "Group".equals(agent.asJsonObject().getString("objectType", null))) {
            throw new StatementRejectedException("agent", "must be a JSON Agent");
        }
        StatementValidator.validateActor(agent, "agent");
        return agent.asJsonObject();
    }

    private static void required(String value, String name) {
        if (value == null || value.isEmpty()) {
            throw new StatementRejectedException(name, "is required");
        }
    }

    private static void allowOnly(HttpServletRequest request, Set<String> names) {
        for (String name : request.getParameterMap().keySet()) {
            if (!names.contains(name)) {
                throw new StatementRejectedException(name, "is not a parameter of this resource");
            }
        }
    }

    private static void send(HttpServletResponse response, byte[] body, String contentType, Instant modified)
            throws IOException {
        response.setStatus(200);
        response.setContentType(contentType);
        response.setHeader("ETag", "\"" + LrsDocuments.sha1(body) + "\"");
        if (modified != null) {
            response.setHeader("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.atOffset(ZoneOffset.UTC)));
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
