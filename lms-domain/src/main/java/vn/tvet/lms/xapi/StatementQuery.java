package vn.tvet.lms.xapi;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A query on the Statement Resource (Communication 2.1.3) as its parameters arrive, validated to the standards of
 * the same values in statements: agent (a JSON Agent or Group), verb and activity (IRIs), registration (UUID),
 * related_activities, related_agents, since, until, limit, format, attachments, ascending. Unknown parameters are
 * refused. {@code after} is where a "more" link continues (the last row's order in the record).
 */
public record StatementQuery(JsonObject agent, String verb, String activity, UUID registration, boolean relatedActivities,
        boolean relatedAgents, Instant since, Instant until, int limit, String format, boolean attachments,
        boolean ascending, Long after, java.util.List<String> languages) {

    /** The most statements one answer holds; "limit=0" asks for this many. */
    public static final int MAX_LIMIT = 500;
    private static final Set<String> PARAMETERS = Set.of("agent", "verb", "activity", "registration", "related_activities",
            "related_agents", "since", "until", "limit", "format", "attachments", "ascending");
    private static final Set<String> FORMATS = Set.of("exact", "ids", "canonical");

    /** Reads the request's parameters (one value each); a bad one is a 400 naming it. */
    public static StatementQuery of(Map<String, String> parameters) {
        for (String name : parameters.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw new StatementRejectedException(name, "is not a parameter of a statement query");
            }
        }
        JsonObject agent = null;
        if (parameters.containsKey("agent")) {
            JsonValue parsed;
            try {
                parsed = Json.createReader(new StringReader(parameters.get("agent"))).readValue();
            } catch (RuntimeException notJson) {
                throw new StatementRejectedException("agent", "must be a JSON Agent or Group");
            }
            ActorRules.actor(parsed, "agent", false);
            agent = parsed.asJsonObject();
        }
        String verb = iri(parameters, "verb");
        String activity = iri(parameters, "activity");
        UUID registration = null;
        if (parameters.containsKey("registration")) {
            String value = parameters.get("registration");
            if (!XapiFormats.uuid(value)) {
                throw new StatementRejectedException("registration", "must be a UUID");
            }
            registration = UUID.fromString(value);
        }
        int limit = MAX_LIMIT;
        if (parameters.containsKey("limit")) {
            String value = parameters.get("limit");
            if (!value.matches("\\d{1,9}")) {
                throw new StatementRejectedException("limit", "must be a whole number from 0");
            }
            int asked = Integer.parseInt(value);
            limit = asked == 0 ? MAX_LIMIT : Math.min(asked, MAX_LIMIT);
        }
        String format = parameters.getOrDefault("format", "exact");
        if (!FORMATS.contains(format)) {
            throw new StatementRejectedException("format", "must be exact, ids or canonical");
        }
        return new StatementQuery(agent, verb, activity, registration, bool(parameters, "related_activities"),
                bool(parameters, "related_agents"), time(parameters, "since"), time(parameters, "until"), limit, format,
                bool(parameters, "attachments"), bool(parameters, "ascending"), null, java.util.List.of());
    }

    /** The same query for one registration only. */
    public StatementQuery withRegistration(UUID only) {
        return new StatementQuery(agent, verb, activity, only, relatedActivities, relatedAgents, since, until, limit,
                format, attachments, ascending, after, languages);
    }

    /** The same query continuing after the row ordered {@code seq}. */
    public StatementQuery after(long seq) {
        return new StatementQuery(agent, verb, activity, registration, relatedActivities, relatedAgents, since, until,
                limit, format, attachments, ascending, seq, languages);
    }

    /** The same query for a reader whose Accept-Language preferences are these, best first. */
    public StatementQuery forLanguages(java.util.List<String> preferred) {
        return new StatementQuery(agent, verb, activity, registration, relatedActivities, relatedAgents, since, until,
                limit, format, attachments, ascending, after, java.util.List.copyOf(preferred));
    }

    /** The query and where it stopped, as the opaque "more" token (stateless, so it lasts as long as the data). */
    public String token() {
        JsonObjectBuilder token = Json.createObjectBuilder().add("limit", limit).add("format", format)
                .add("attachments", attachments).add("ascending", ascending).add("relatedActivities", relatedActivities)
                .add("relatedAgents", relatedAgents);
        if (agent != null) {
            token.add("agent", agent);
        }
        if (verb != null) {
            token.add("verb", verb);
        }
        if (activity != null) {
            token.add("activity", activity);
        }
        if (registration != null) {
            token.add("registration", registration.toString());
        }
        if (since != null) {
            token.add("since", since.toString());
        }
        if (until != null) {
            token.add("until", until.toString());
        }
        if (after != null) {
            token.add("after", after);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token.build().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A query read back from its "more" token; a token that is not ours is a 400. */
    public static StatementQuery fromToken(String text) {
        try {
            JsonObject token = Json.createReader(new StringReader(new String(Base64.getUrlDecoder().decode(text),
                    StandardCharsets.UTF_8))).readObject();
            return new StatementQuery(token.containsKey("agent") ? token.getJsonObject("agent") : null,
                    token.getString("verb", null), token.getString("activity", null),
                    token.containsKey("registration") ? UUID.fromString(token.getString("registration")) : null,
                    token.getBoolean("relatedActivities"), token.getBoolean("relatedAgents"),
                    token.containsKey("since") ? Instant.parse(token.getString("since")) : null,
                    token.containsKey("until") ? Instant.parse(token.getString("until")) : null,
                    Math.min(Math.max(1, token.getInt("limit")), MAX_LIMIT), token.getString("format"),
                    token.getBoolean("attachments"), token.getBoolean("ascending"),
                    token.containsKey("after") ? token.getJsonNumber("after").longValue() : null, java.util.List.of());
        } catch (RuntimeException notOurs) {
            throw new StatementRejectedException("more", "is not a continuation this LRS gave");
        }
    }

    private static String iri(Map<String, String> parameters, String name) {
        if (!parameters.containsKey(name)) {
            return null;
        }
        String value = parameters.get(name);
        if (!XapiFormats.iri(value)) {
            throw new StatementRejectedException(name, "must be an IRI");
        }
        return value;
    }

    private static boolean bool(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        if (value == null) {
            return false;
        }
        if (!"true".equals(value) && !"false".equals(value)) {
            throw new StatementRejectedException(name, "must be true or false");
        }
        return "true".equals(value);
    }

    private static Instant time(Map<String, String> parameters, String name) {
        if (!parameters.containsKey(name)) {
            return null;
        }
        String value = parameters.get(name);
        if (!XapiFormats.timestamp(value)) {
            throw new StatementRejectedException(name, "must be an ISO 8601 timestamp");
        }
        return StoredForm.instant(value, Instant.EPOCH);
    }
}
