package vn.tvet.lms.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes learning events into the record, each once: the insert ignores a statement id already stored, so a
 * browser resending a request after a dropped connection adds nothing. Reads answer what progress is derived
 * from. Callers check who may record what (a learner records only their own events in their own class).
 */
@ApplicationScoped
public class LearningRecord {

    /** Verbs that complete an activity. */
    static final List<String> COMPLETING = List.of(Verb.COMPLETED.iri(), Verb.PASSED.iri());

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    private Clock clock;
    private PublicAddress home;

    LearningRecord() {
        // for the CDI proxy
    }

    @Inject
    public LearningRecord(Clock clock, PublicAddress home) {
        this.clock = clock;
        this.home = home;
    }

    /** Records the event; false if a statement with its id was already stored. */
    @Transactional
    public boolean record(LearningEvent event) {
        Instant stored = clock.instant();
        int inserted = em.createNativeQuery("insert into learning_statement (id, school_id, person_id, verb_id, activity_id,"
                        + " registration, statement, timestamp_at, stored_at)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb), ?8, ?9) on conflict (id) do nothing")
                .setParameter(1, event.id())
                .setParameter(2, event.schoolId())
                .setParameter(3, event.personId())
                .setParameter(4, event.verb().iri())
                .setParameter(5, event.activityId())
                .setParameter(6, event.registration())
                .setParameter(7, StatementJson.write(event, home, stored))
                .setParameter(8, Timestamp.from(event.timestamp()))
                .setParameter(9, Timestamp.from(stored))
                .executeUpdate();
        return inserted == 1;
    }

    /** The activities of the registration the learner has completed (or passed), by activity IRI. */
    @Transactional
    public Set<String> completedIn(long personId, UUID registration) {
        return new HashSet<>(em.createQuery("select distinct s.activityId from LearningStatement s where s.personId = :p"
                        + " and s.registration = :r and s.verbId in :verbs and s.voided = false", String.class)
                .setParameter("p", personId).setParameter("r", registration).setParameter("verbs", COMPLETING)
                .getResultList());
    }

    /** Whether the learner has a statement with this verb for the activity in the registration. */
    @Transactional
    public boolean has(long personId, UUID registration, String activityId, Verb verb) {
        return !em.createQuery("select s.id from LearningStatement s where s.personId = :p and s.registration = :r"
                        + " and s.activityId = :a and s.verbId = :v and s.voided = false", UUID.class)
                .setParameter("p", personId).setParameter("r", registration).setParameter("a", activityId)
                .setParameter("v", verb.iri()).setMaxResults(1).getResultList().isEmpty();
    }

    /** Completed activities per registration, for a class's grid: registration → activity IRIs. */
    @Transactional
    public java.util.Map<UUID, Set<String>> completedIn(Collection<UUID> registrations) {
        java.util.Map<UUID, Set<String>> done = new java.util.HashMap<>();
        if (registrations.isEmpty()) {
            return done;
        }
        em.createQuery("select distinct s.registration, s.activityId from LearningStatement s where s.registration in :r"
                        + " and s.verbId in :verbs and s.voided = false", Object[].class)
                .setParameter("r", registrations).setParameter("verbs", COMPLETING).getResultStream()
                .forEach(row -> done.computeIfAbsent((UUID) row[0], r -> new HashSet<>()).add((String) row[1]));
        return done;
    }

    /**
     * Each registration's grade per quiz (the scaled score of its newest passed or failed statement with a score),
     * for module completion by total score: registration → activity IRI → 0 to 1.
     */
    @Transactional
    public java.util.Map<UUID, java.util.Map<String, Double>> grades(Collection<UUID> registrations) {
        java.util.Map<UUID, java.util.Map<String, Double>> grades = new java.util.HashMap<>();
        if (registrations.isEmpty()) {
            return grades;
        }
        List<?> rows = em.createNativeQuery("select distinct on (registration, activity_id) registration, activity_id,"
                        + " cast(statement -> 'result' -> 'score' ->> 'scaled' as float8) from learning_statement"
                        + " where registration = any(cast(?1 as uuid[])) and verb_id in (?2, ?3) and not voided"
                        + " and statement -> 'result' -> 'score' ->> 'scaled' is not null order by registration, activity_id, seq desc")
                .setParameter(1, registrations.stream().map(UUID::toString).toArray(String[]::new))
                .setParameter(2, Verb.PASSED.iri()).setParameter(3, Verb.FAILED.iri()).getResultList();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            grades.computeIfAbsent((UUID) cells[0], r -> new java.util.HashMap<>())
                    .put((String) cells[1], ((Number) cells[2]).doubleValue());
        }
        return grades;
    }

    /** The newest statement with one of the verbs for the learner's activity in the registration, if any. */
    @Transactional
    public java.util.Optional<LearningStatement> latest(long personId, UUID registration, String activityId,
            Collection<Verb> verbs) {
        return em.createQuery("select s from LearningStatement s where s.personId = :p and s.registration = :r"
                        + " and s.activityId = :a and s.verbId in :v and s.voided = false order by s.seq desc",
                        LearningStatement.class)
                .setParameter("p", personId).setParameter("r", registration).setParameter("a", activityId)
                .setParameter("v", verbs.stream().map(Verb::iri).toList()).setMaxResults(1).getResultStream().findFirst();
    }

    /** The learner's statements in the registration, newest first: their timeline. */
    @Transactional
    public List<LearningStatement> timeline(long personId, UUID registration, int limit) {
        return em.createQuery("select s from LearningStatement s where s.personId = :p and s.registration = :r"
                        + " order by s.seq desc", LearningStatement.class)
                .setParameter("p", personId).setParameter("r", registration).setMaxResults(limit).getResultList();
    }
}
