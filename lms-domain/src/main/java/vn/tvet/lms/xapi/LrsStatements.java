package vn.tvet.lms.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.tvet.lms.learning.PublicAddress;

/**
 * The Statement Resource of the LRS (Communication 2.1) over the learning record: statements are validated, given
 * their id, "stored" and authority, and kept in {@code learning_statement} with the school of the client that sent
 * them; a batch is stored whole or not at all; a resent id with the same statement changes nothing, a different one
 * is a conflict; a voiding statement marks its target voided. Clients read only their school's statements.
 */
@ApplicationScoped
public class LrsStatements {

    static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    private Clock clock;
    private PublicAddress home;
    private LrsAttachments attachments;

    @Inject
    LaunchSessions sessions;

    LrsStatements() {
        // for the CDI proxy
    }

    @Inject
    public LrsStatements(Clock clock, PublicAddress home, LrsAttachments attachments) {
        this.attachments = attachments;
        this.clock = clock;
        this.home = home;
    }

    /** POST: one statement or an array of them; their ids, in order. */
    @Transactional
    public List<UUID> post(LrsCaller caller, JsonValue body) {
        return post(caller, body, Map.of());
    }

    /**
     * POST with attachment data already in the object store ({@link LrsAttachments#receive}): the SHA-2 → blob rows
     * are written with the statements.
     */
    @Transactional
    public List<UUID> post(LrsCaller caller, JsonValue body, Map<String, LrsAttachments.StoredAttachment> attachments) {
        requireWrite(caller);
        this.attachments.remember(attachments.values());
        List<JsonObject> statements = new ArrayList<>();
        if (body != null && body.getValueType() == JsonValue.ValueType.ARRAY) {
            body.asJsonArray().forEach(each -> statements.add(checked(each, attachments)));
        } else {
            statements.add(checked(body, attachments));
        }
        Set<String> ids = new HashSet<>();
        List<UUID> stored = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            JsonObject statement = statements.get(i);
            UUID id = statement.containsKey("id") ? UUID.fromString(statement.getString("id")) : UUID.randomUUID();
            if (!ids.add(id.toString().toLowerCase())) {
                throw new StatementRejectedException("statement[" + i + "].id", "the batch sends this id twice");
            }
            if (caller.launch() != null) {
                caller.launch().checkWrite(statement);
            }
            storeChecked(caller, statement, id);
            stored.add(id);
        }
        return stored;
    }

    /** PUT with statementId: the statement under that id (its own id, if any, must be the same). */
    @Transactional
    public void put(LrsCaller caller, UUID id, JsonValue body) {
        put(caller, id, body, Map.of());
    }

    @Transactional
    public void put(LrsCaller caller, UUID id, JsonValue body, Map<String, LrsAttachments.StoredAttachment> attachments) {
        requireWrite(caller);
        this.attachments.remember(attachments.values());
        JsonObject statement = checked(body, attachments);
        if (statement.containsKey("id") && !UUID.fromString(statement.getString("id")).equals(id)) {
            throw new StatementRejectedException("statement.id", "differs from the statementId parameter");
        }
        if (caller.launch() != null) {
            caller.launch().checkWrite(statement);
        }
        storeChecked(caller, statement, id);
    }

    /** Stores the statement, a launch session's rules (cmi5) asked before and told after. */
    private void storeChecked(LrsCaller caller, JsonObject statement, UUID id) {
        Long session = caller.launch() == null ? null : caller.launch().session();
        if (session != null) {
            sessions.accept(session, statement);
        }
        store(caller, statement, id);
        if (session != null) {
            sessions.stored(session, statement);
        }
    }

    /** GET by statementId (not voided) or voidedStatementId (voided), in the caller's school. */
    @Transactional
    public Optional<String> get(LrsCaller caller, UUID id, boolean voided) {
        if (!caller.mayRead()) {
            throw new LrsForbiddenException("read statements");
        }
        return em.createNativeQuery("select cast(statement as text) from learning_statement where id = ?1 and school_id = ?2"
                        + " and voided = ?3 and (cast(?4 as uuid) is null or registration = cast(?4 as uuid))", String.class)
                .setParameter(1, id).setParameter(2, caller.schoolId()).setParameter(3, voided)
                .setParameter(4, caller.launch() == null ? null : caller.launch().registration().toString())
                .getResultStream().findFirst()
                // compact JSON, as it was sent (PostgreSQL writes jsonb with spaces)
                .map(text -> Json.createReader(new StringReader((String) text)).readObject().toString());
    }

    /**
     * A statement query: the page of the caller's school's statements it selects (voided ones left out), newest
     * stored first unless ascending, and the "more" token when there are more.
     */
    @Transactional
    public StatementResult query(LrsCaller caller, StatementQuery query) {
        if (!caller.mayRead()) {
            throw new LrsForbiddenException("read statements");
        }
        if (caller.launch() != null) {
            query = caller.launch().narrow(query);
        }
        List<Object[]> rows = StatementSearch.page(em, caller.schoolId(), query);
        boolean more = rows.size() > query.limit();
        List<JsonObject> statements = new ArrayList<>();
        for (Object[] row : rows.subList(0, Math.min(rows.size(), query.limit()))) {
            JsonObject statement = StatementSearch.parse((String) row[1]);
            statements.add(switch (query.format()) {
                case "ids" -> StatementFormats.ids(statement);
                case "canonical" -> StatementFormats.canonical(statement, query.languages());
                default -> statement;
            });
        }
        String token = more ? query.after(((Number) rows.get(query.limit() - 1)[0]).longValue()).token() : null;
        return new StatementResult(statements, token);
    }

    /** The newest definition the school's statements gave the activity, as JSON text, if any gave one. */
    @Transactional
    public Optional<String> activityDefinition(LrsCaller caller, String activityId) {
        if (!caller.mayRead() || caller.launch() != null && !activityId.startsWith(caller.launch().activityId())) {
            throw new LrsForbiddenException("read activities");
        }
        return em.createNativeQuery("select cast(statement #> '{object,definition}' as text) from learning_statement"
                        + " where school_id = ?1 and activity_id = ?2 and statement #> '{object,definition}' is not null"
                        + " order by seq desc", String.class)
                .setParameter(1, caller.schoolId()).setParameter(2, activityId).setMaxResults(1)
                .getResultStream().findFirst().map(String.class::cast);
    }

    /** A page of statements and the token of the next one (null when this is the last). */
    public record StatementResult(List<JsonObject> statements, String moreToken) {
    }

    private static JsonObject checked(JsonValue statement, Map<String, LrsAttachments.StoredAttachment> received) {
        StatementValidator.validate(statement);
        JsonObject checked = statement.asJsonObject();
        // each attachment has its data in the request or says where it is (Communication 1.5.2)
        if (checked.containsKey("attachments")) {
            checked.getJsonArray("attachments").forEach(attachment -> {
                JsonObject object = attachment.asJsonObject();
                if (!object.containsKey("fileUrl") && !received.containsKey(object.getString("sha2").toLowerCase())) {
                    throw new StatementRejectedException("statement.attachments",
                            "an attachment without fileUrl needs its data in a multipart/mixed part");
                }
            });
        }
        return checked;
    }

    private void store(LrsCaller caller, JsonObject statement, UUID id) {
        Optional<Object[]> existing = kept(id);
        if (existing.isPresent()) {
            Object[] row = existing.get();
            JsonObject kept = Json.createReader(new StringReader((String) row[1])).readObject();
            if (((Number) row[0]).longValue() != caller.schoolId() || !StoredForm.sameStatement(statement, kept)) {
                throw new StatementConflictException(id.toString());
            }
            return;
        }
        String verb = statement.getJsonObject("verb").getString("id");
        JsonObject object = statement.getJsonObject("object");
        if (VOIDED.equals(verb)) {
            voidTarget(caller, object);
        }
        Instant now = clock.instant();
        JsonObject stored = StoredForm.of(statement, id, now, authority(caller));
        boolean activity = !object.containsKey("objectType") || "Activity".equals(object.getString("objectType"));
        JsonObject context = statement.getJsonObject("context");
        em.createNativeQuery("insert into learning_statement (id, school_id, verb_id, activity_id, registration, statement,"
                        + " timestamp_at, stored_at, person_id) values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), ?7, ?8,"
                        + " cast(?9 as bigint))")
                .setParameter(9, caller.launch() != null ? Long.valueOf(caller.launch().personId())
                        : learnerOf(caller.schoolId(), statement.getJsonObject("actor")))
                .setParameter(1, id)
                .setParameter(2, caller.schoolId())
                .setParameter(3, verb)
                .setParameter(4, activity ? object.getString("id") : null)
                .setParameter(5, context != null && context.containsKey("registration")
                        ? UUID.fromString(context.getString("registration")) : null)
                .setParameter(6, stored.toString())
                .setParameter(7, Timestamp.from(StoredForm.instant(stored.getString("timestamp"), now)))
                .setParameter(8, Timestamp.from(now))
                .executeUpdate();
    }

    /**
     * The school's learner a statement is about, when its actor is an account on this application (so progress and
     * the class grid see statements other systems send about our learners); null otherwise.
     */
    private Long learnerOf(long schoolId, JsonObject actor) {
        JsonObject account = actor.getJsonObject("account");
        if (account == null || "Group".equals(actor.getString("objectType", "Agent"))
                || !home.url().equals(account.getString("homePage"))) {
            return null;
        }
        List<?> found = em.createNativeQuery("select p.id from person p where p.username = ?1 and exists (select 1 from"
                        + " role_assignment r where r.person_id = p.id and r.institution_id = ?2)")
                .setParameter(1, account.getString("name")).setParameter(2, schoolId).getResultList();
        return found.isEmpty() ? null : ((Number) found.get(0)).longValue();
    }

    /** A voiding statement names a statement by reference, never another voiding statement (Data 2.3.2). */
    private void voidTarget(LrsCaller caller, JsonObject object) {
        if (!"StatementRef".equals(object.getString("objectType", ""))) {
            throw new StatementRejectedException("statement.object", "a voiding statement's object is a StatementRef");
        }
        UUID target = UUID.fromString(object.getString("id"));
        List<?> targetVerb = em.createNativeQuery("select verb_id from learning_statement where id = ?1 and school_id = ?2")
                .setParameter(1, target).setParameter(2, caller.schoolId()).getResultList();
        if (!targetVerb.isEmpty() && VOIDED.equals(targetVerb.get(0))) {
            throw new StatementRejectedException("statement.object.id", "a voiding statement cannot be voided");
        }
        em.createNativeQuery("update learning_statement set voided = true where id = ?1 and school_id = ?2")
                .setParameter(1, target).setParameter(2, caller.schoolId()).executeUpdate();
    }

    private Optional<Object[]> kept(UUID id) {
        List<?> rows = em.createNativeQuery("select school_id, cast(statement as text) from learning_statement where id = ?1"
                        + " for update")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(Object[].class::cast);
    }

    /** The client, as the agent that asserts what it sent (Data 2.4.9: Basic authentication names the client). */
    private JsonObject authority(LrsCaller caller) {
        return Json.createObjectBuilder().add("objectType", "Agent").add("name", caller.name())
                .add("account", Json.createObjectBuilder().add("homePage", home.url() + "/xapi/clients")
                        .add("name", caller.apiKey()))
                .build();
    }

    private static void requireWrite(LrsCaller caller) {
        if (!caller.mayWrite()) {
            throw new LrsForbiddenException("write statements");
        }
    }
}
