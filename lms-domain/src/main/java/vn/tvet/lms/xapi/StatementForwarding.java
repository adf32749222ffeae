package vn.tvet.lms.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.StringReader;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tvet.lms.account.Rights;
import vn.tvet.lms.account.Viewer;

/**
 * Forwarding a school's statements to an external LRS. A school admin sets the endpoint and its credentials; from
 * then on every statement the school's record gets (from our activities, SCORM, or an LRS client) is queued in the
 * same transaction (a trigger on {@code learning_statement}, so no write path can forget it); {@link #due} hands a worker each school's oldest waiting statements in order,
 * and the worker reports back {@link #delivered} or {@link #failed} (the school's queue then waits longer, up to an
 * hour, and stays in order). The external LRS dedupes by statement id, so a batch sent twice changes nothing there.
 */
@ApplicationScoped
public class StatementForwarding {

    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    private Rights rights;
    private Clock clock;

    StatementForwarding() {
        // for the CDI proxy
    }

    @Inject
    public StatementForwarding(Rights rights, Clock clock) {
        this.rights = rights;
        this.clock = clock;
    }

    /** A school's forwarding as its admins see it (never the secret), with how many statements wait. */
    public record Settings(String endpoint, String username, boolean enabled, long delivered, long waiting,
            String lastError, Instant lastErrorAt) {
    }

    /** What a worker sends for one school: where, with which Basic credentials, and the statements in order. */
    public record Batch(long schoolId, URI statementsUrl, String username, String secret, List<Long> outboxIds,
            String statements) {
    }

    @Transactional
    public Optional<Settings> settings(@NotNull Viewer actor, long schoolId) {
        rights.requireSchoolAdmin(actor, schoolId, "read the LRS forwarding");
        List<?> rows = em.createNativeQuery("select endpoint, username, enabled, delivered, last_error, last_error_at,"
                        + " (select count(*) from lrs_outbox o where o.school_id = f.school_id) from lrs_forwarding f"
                        + " where school_id = ?1").setParameter(1, schoolId).getResultList();
        return rows.stream().findFirst().map(Object[].class::cast).map(row -> new Settings((String) row[0], (String) row[1],
                (Boolean) row[2], ((Number) row[3]).longValue(), ((Number) row[6]).longValue(), (String) row[4],
                row[5] == null ? null : instant(row[5])));
    }

    /**
     * Sets (or changes) where the school's statements go. The endpoint is the external LRS's base ("…/xapi/"),
     * http or https; a blank secret keeps the one stored. Turning it on forwards what is recorded from then on.
     */
    @Transactional
    public void configure(@NotNull Viewer actor, long schoolId, String endpoint, String username, String secret,
            boolean enabled) {
        rights.requireSchoolAdmin(actor, schoolId, "set the LRS forwarding");
        String base = endpoint == null ? "" : endpoint.strip();
        URI uri;
        try {
            uri = URI.create(base.endsWith("/") ? base : base + "/");
        } catch (IllegalArgumentException e) {
            throw new ForwardingRefusedException(ForwardingRefusedException.Reason.BAD_ENDPOINT);
        }
        if (base.length() > 500 || uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new ForwardingRefusedException(ForwardingRefusedException.Reason.BAD_ENDPOINT);
        }
        String user = username == null ? "" : username.strip();
        if (user.isEmpty() || user.length() > 200 || user.contains(":")) {
            throw new ForwardingRefusedException(ForwardingRefusedException.Reason.BAD_USERNAME);
        }
        boolean keepSecret = secret == null || secret.isBlank();
        if (!keepSecret && secret.length() > 500) {
            throw new ForwardingRefusedException(ForwardingRefusedException.Reason.BAD_SECRET);
        }
        int updated = em.createNativeQuery("update lrs_forwarding set endpoint = ?2, username = ?3, secret = coalesce(?4, secret),"
                        + " enabled = ?5, updated_by = ?6, updated_at = ?7 where school_id = ?1")
                .setParameter(1, schoolId).setParameter(2, uri.toString()).setParameter(3, user)
                .setParameter(4, keepSecret ? null : secret).setParameter(5, enabled).setParameter(6, actor.personId())
                .setParameter(7, Timestamp.from(clock.instant())).executeUpdate();
        if (updated == 0) {
            if (keepSecret) {
                throw new ForwardingRefusedException(ForwardingRefusedException.Reason.BAD_SECRET);
            }
            em.createNativeQuery("insert into lrs_forwarding (school_id, endpoint, username, secret, enabled, updated_by,"
                            + " updated_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                    .setParameter(1, schoolId).setParameter(2, uri.toString()).setParameter(3, user).setParameter(4, secret)
                    .setParameter(5, enabled).setParameter(6, actor.personId())
                    .setParameter(7, Timestamp.from(clock.instant())).executeUpdate();
        }
    }

    /** For each school whose oldest waiting statement is due, up to {@code size} statements in order. */
    @Transactional
    public List<Batch> due(int size) {
        List<Batch> batches = new ArrayList<>();
        List<?> schools = em.createNativeQuery("select f.school_id, f.endpoint, f.username, f.secret from lrs_forwarding f"
                        + " where f.enabled and (select o.next_attempt_at from lrs_outbox o where o.school_id = f.school_id"
                        + " order by o.id limit 1) <= ?1")
                .setParameter(1, Timestamp.from(clock.instant())).getResultList();
        for (Object school : schools) {
            Object[] row = (Object[]) school;
            long schoolId = ((Number) row[0]).longValue();
            List<?> waiting = em.createNativeQuery("select o.id, cast(s.statement as text) from lrs_outbox o"
                            + " join learning_statement s on s.id = o.statement_id where o.school_id = ?1 order by o.id")
                    .setParameter(1, schoolId).setMaxResults(size).getResultList();
            List<Long> ids = new ArrayList<>();
            JsonArrayBuilder statements = Json.createArrayBuilder();
            for (Object each : waiting) {
                Object[] item = (Object[]) each;
                ids.add(((Number) item[0]).longValue());
                statements.add(forwarded((String) item[1]));
            }
            if (!ids.isEmpty()) {
                batches.add(new Batch(schoolId, URI.create((String) row[1]).resolve("statements"), (String) row[2],
                        (String) row[3], ids, statements.build().toString()));
            }
        }
        return batches;
    }

    /** The external LRS stored these: they leave the outbox. */
    @Transactional
    public void delivered(long schoolId, List<Long> outboxIds) {
        int deleted = em.createNativeQuery("delete from lrs_outbox where school_id = ?1 and id = any(cast(?2 as bigint[]))")
                .setParameter(1, schoolId).setParameter(2, outboxIds.stream().map(String::valueOf).toArray(String[]::new))
                .executeUpdate();
        em.createNativeQuery("update lrs_forwarding set delivered = delivered + ?2 where school_id = ?1")
                .setParameter(1, schoolId).setParameter(2, deleted).executeUpdate();
    }

    /** The external LRS did not take the batch: the school's queue waits (10 s, doubling, at most an hour). */
    @Transactional
    public void failed(long schoolId, List<Long> outboxIds, String error) {
        Instant now = clock.instant();
        List<?> attempts = em.createNativeQuery("update lrs_outbox set attempts = attempts + 1 where school_id = ?1 and"
                        + " id = any(cast(?2 as bigint[])) returning attempts")
                .setParameter(1, schoolId).setParameter(2, outboxIds.stream().map(String::valueOf).toArray(String[]::new))
                .getResultList();
        int tries = attempts.stream().mapToInt(a -> ((Number) a).intValue()).max().orElse(1);
        Duration wait = Duration.ofSeconds(10L << Math.min(tries - 1, 12));
        Instant next = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        em.createNativeQuery("update lrs_outbox set next_attempt_at = ?2 where school_id = ?1")
                .setParameter(1, schoolId).setParameter(2, Timestamp.from(next)).executeUpdate();
        em.createNativeQuery("update lrs_forwarding set last_error = ?2, last_error_at = ?3 where school_id = ?1")
                .setParameter(1, schoolId).setParameter(2, error.length() > 1000 ? error.substring(0, 1000) : error)
                .setParameter(3, Timestamp.from(now)).executeUpdate();
    }

    /** As sent on: the statement without what the receiving LRS sets itself (stored, authority). */
    private static JsonObject forwarded(String stored) {
        JsonObject statement = Json.createReader(new StringReader(stored)).readObject();
        return Json.createObjectBuilder(statement).remove("stored").remove("authority").build();
    }

    private static Instant instant(Object value) {
        return value instanceof Instant instant ? instant : value instanceof java.time.OffsetDateTime offset
                ? offset.toInstant() : ((Timestamp) value).toInstant();
    }
}
