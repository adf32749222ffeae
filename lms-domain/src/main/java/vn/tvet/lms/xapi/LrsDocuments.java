package vn.tvet.lms.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The State, Activity Profile and Agent Profile resources (Communication 2.2–2.7, 3.1): documents of a school's
 * clients, kept with a SHA-1 ETag; PUT replaces, POST merges JSON objects' top-level properties, DELETE removes;
 * If-Match and If-None-Match are honoured, and a profile document is not replaced blind (409). The row is locked
 * while it changes, so two writers never cross.
 */
@ApplicationScoped
public class LrsDocuments {

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    private Clock clock;

    @Inject
    LaunchSessions sessions;

    LrsDocuments() {
        // for the CDI proxy
    }

    @Inject
    public LrsDocuments(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public Optional<XapiDocument> get(LrsCaller caller, DocumentPlace place, String documentId) {
        requireRead(caller);
        scope(caller, place, false, documentId);
        return row(caller, place, documentId, false);
    }

    /** The ids of the place's documents, changed after {@code since} if given; and when the newest changed. */
    @Transactional
    @SuppressWarnings("unchecked")
    public DocumentIds ids(LrsCaller caller, DocumentPlace place, Instant since) {
        requireRead(caller);
        scope(caller, place, false, null);
        List<Object[]> rows = em.createNativeQuery("select document_id, updated_at from xapi_document where school_id = ?1"
                        + " and kind = ?2 and activity_id = ?3 and agent = ?4 and (cast(?5 as uuid) is null or registration = ?5)"
                        + " and (cast(?6 as timestamptz) is null or updated_at > ?6) order by document_id")
                .setParameter(1, caller.schoolId()).setParameter(2, place.kind().name()).setParameter(3, place.activityId())
                .setParameter(4, place.agent()).setParameter(5, place.registration())
                .setParameter(6, since == null ? null : Timestamp.from(since)).getResultList();
        Instant newest = rows.stream().map(row -> instant(row[1])).max(Instant::compareTo).orElse(null);
        return new DocumentIds(rows.stream().map(row -> (String) row[0]).toList(), newest);
    }

    /** PUT: the document replaces what was there. */
    @Transactional
    public void put(LrsCaller caller, DocumentPlace place, String documentId, byte[] content, String contentType,
            Preconditions preconditions) {
        requireWrite(caller);
        scope(caller, place, true, documentId);
        Optional<XapiDocument> existing = row(caller, place, documentId, true);
        preconditions.check(existing.map(XapiDocument::etag));
        if (existing.isPresent() && place.kind() != XapiDocumentKind.STATE && preconditions.none()) {
            throw new DocumentPreconditionException(409, "The document exists: read it, then send If-Match with its ETag"
                    + " (or If-None-Match: * to create only).");
        }
        write(caller, place, documentId, content, contentType, existing.isPresent());
    }

    /** POST: JSON objects merge by top-level property; anything else than JSON objects on either side is a 400. */
    @Transactional
    public void post(LrsCaller caller, DocumentPlace place, String documentId, byte[] content, String contentType,
            Preconditions preconditions) {
        requireWrite(caller);
        scope(caller, place, true, documentId);
        Optional<XapiDocument> existing = row(caller, place, documentId, true);
        preconditions.check(existing.map(XapiDocument::etag));
        if (existing.isEmpty()) {
            write(caller, place, documentId, content, contentType, false);
            return;
        }
        JsonObject posted = jsonObject(content, contentType, "the posted document");
        JsonObject kept = jsonObject(existing.get().content(), existing.get().contentType(), "the stored document");
        JsonObjectBuilder merged = Json.createObjectBuilder(kept);
        posted.forEach(merged::add);
        write(caller, place, documentId, merged.build().toString().getBytes(StandardCharsets.UTF_8), "application/json", true);
    }

    /** DELETE of one document (If-Match honoured); deleting one that is not there is not an error. */
    @Transactional
    public void delete(LrsCaller caller, DocumentPlace place, String documentId, Preconditions preconditions) {
        requireWrite(caller);
        scope(caller, place, true, documentId);
        preconditions.check(row(caller, place, documentId, true).map(XapiDocument::etag));
        where(em.createNativeQuery("delete from xapi_document" + WHERE + " and document_id = ?6"), caller, place)
                .setParameter(6, documentId).executeUpdate();
    }

    /** DELETE of every state document of an activity and agent (and registration, if given). */
    @Transactional
    public void deleteAll(LrsCaller caller, DocumentPlace place) {
        requireWrite(caller);
        scope(caller, place, true, null);
        em.createNativeQuery("delete from xapi_document where school_id = ?1 and kind = ?2 and activity_id = ?3 and agent = ?4"
                        + " and (cast(?5 as uuid) is null or registration = ?5)")
                .setParameter(1, caller.schoolId()).setParameter(2, place.kind().name()).setParameter(3, place.activityId())
                .setParameter(4, place.agent()).setParameter(5, place.registration()).executeUpdate();
    }

    private static final String WHERE = " where school_id = ?1 and kind = ?2 and activity_id = ?3 and agent = ?4"
            + " and coalesce(registration, cast('00000000-0000-0000-0000-000000000000' as uuid))"
            + " = coalesce(cast(?5 as uuid), cast('00000000-0000-0000-0000-000000000000' as uuid))";

    private void scope(LrsCaller caller, DocumentPlace place, boolean write, String documentId) {
        if (caller.launch() != null) {
            caller.launch().checkDocument(place, write);
            Long session = caller.launch().session();
            if (write && session != null && !sessions.mayWrite(session, place, documentId)) {
                throw new LrsForbiddenException("change the LMS's own documents");
            }
        }
    }

    private Optional<XapiDocument> row(LrsCaller caller, DocumentPlace place, String documentId, boolean lock) {
        List<?> rows = where(em.createNativeQuery("select content, content_type, etag, updated_at from xapi_document" + WHERE
                + " and document_id = ?6" + (lock ? " for update" : "")), caller, place)
                .setParameter(6, documentId).getResultList();
        return rows.stream().findFirst().map(Object[].class::cast).map(row -> new XapiDocument((byte[]) row[0],
                (String) row[1], (String) row[2], instant(row[3])));
    }

    /** A timestamptz as the JDBC driver and Hibernate hand it over (Instant, OffsetDateTime or Timestamp). */
    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private static jakarta.persistence.Query where(jakarta.persistence.Query query, LrsCaller caller, DocumentPlace place) {
        return query.setParameter(1, caller.schoolId()).setParameter(2, place.kind().name())
                .setParameter(3, place.activityId()).setParameter(4, place.agent()).setParameter(5, place.registration());
    }

    private void write(LrsCaller caller, DocumentPlace place, String documentId, byte[] content, String contentType,
            boolean exists) {
        Timestamp now = Timestamp.from(clock.instant());
        if (exists) {
            where(em.createNativeQuery("update xapi_document set content = ?7, content_type = ?8, etag = ?9, updated_at = ?10"
                    + WHERE + " and document_id = ?6"), caller, place).setParameter(6, documentId).setParameter(7, content)
                    .setParameter(8, contentType).setParameter(9, sha1(content)).setParameter(10, now).executeUpdate();
            return;
        }
        em.createNativeQuery("insert into xapi_document (school_id, kind, activity_id, agent, registration, document_id, content,"
                        + " content_type, etag, updated_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, caller.schoolId()).setParameter(2, place.kind().name()).setParameter(3, place.activityId())
                .setParameter(4, place.agent()).setParameter(5, place.registration()).setParameter(6, documentId)
                .setParameter(7, content).setParameter(8, contentType).setParameter(9, sha1(content)).setParameter(10, now)
                .executeUpdate();
    }

    private static JsonObject jsonObject(byte[] content, String contentType, String what) {
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            throw new StatementRejectedException(what, "must be application/json to be merged");
        }
        try {
            JsonValue value = Json.createReader(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8))
                    .readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new StatementRejectedException(what, "must be a JSON object to be merged");
            }
            return value.asJsonObject();
        } catch (jakarta.json.JsonException notJson) {
            throw new StatementRejectedException(what, "is not JSON");
        }
    }

    /** The ETag the specification asks for: the SHA-1 of the content, in lowercase hex. */
    public static String sha1(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }

    private static void requireRead(LrsCaller caller) {
        if (!caller.mayRead()) {
            throw new LrsForbiddenException("read documents");
        }
    }

    private static void requireWrite(LrsCaller caller) {
        if (!caller.mayWrite()) {
            throw new LrsForbiddenException("write documents");
        }
    }

    /** A list of document ids and when the newest of them changed (null when there are none). */
    public record DocumentIds(List<String> ids, Instant lastModified) {
    }

    /** The request's If-Match (an ETag or *) and If-None-Match (* only is meaningful here). */
    public record Preconditions(String ifMatch, String ifNoneMatch) {

        boolean none() {
            return ifMatch == null && ifNoneMatch == null;
        }

        void check(Optional<String> currentEtag) {
            if (ifMatch != null) {
                boolean matches = currentEtag.isPresent() && ("*".equals(ifMatch.strip())
                        || List.of(ifMatch.split(",")).stream().map(tag -> tag.strip().replace("\"", ""))
                                .anyMatch(tag -> tag.equalsIgnoreCase(currentEtag.get())));
                if (!matches) {
                    throw new DocumentPreconditionException(412, "If-Match does not match the stored document");
                }
            }
            if (ifNoneMatch != null && "*".equals(ifNoneMatch.strip()) && currentEtag.isPresent()) {
                throw new DocumentPreconditionException(412, "If-None-Match: * and the document exists");
            }
        }
    }
}
