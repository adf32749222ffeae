package vn.tvet.lms.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.tvet.lms.questions.Response;

/** Attempts and their answers as stored. */
@ApplicationScoped
public class QuizAttempts {

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    /**
     * Stores a new attempt unless the learner already has one open for the quiz (or one with its number): the
     * database's unique indexes decide, so two starts sent at once make one attempt.
     */
    void startIfNoneOpen(UUID id, long classId, long personId, UUID registration, String activityId, int number,
            AttemptSheet sheet, Instant startedAt, Instant deadline) {
        em.createNativeQuery("insert into quiz_attempt (id, class_id, person_id, registration, activity_id, number, sheet,"
                        + " started_at, deadline_at, status, max_score, version, auto_submitted)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'IN_PROGRESS', ?10, 0, false) on conflict do nothing")
                .setParameter(1, id).setParameter(2, classId).setParameter(3, personId).setParameter(4, registration)
                .setParameter(5, activityId).setParameter(6, number).setParameter(7, sheet.write())
                .setParameter(8, Timestamp.from(startedAt))
                .setParameter(9, deadline == null ? null : Timestamp.from(deadline))
                .setParameter(10, sheet.maxScore()).executeUpdate();
    }

    /** The attempt, locked until the transaction ends so a save and a submit never cross. */
    Optional<QuizAttempt> locked(UUID id) {
        return Optional.ofNullable(em.find(QuizAttempt.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    Optional<QuizAttempt> find(UUID id) {
        return Optional.ofNullable(em.find(QuizAttempt.class, id));
    }

    Optional<QuizAttempt> open(UUID registration, String activityId) {
        return em.createQuery("select a from QuizAttempt a where a.registration = :r and a.activityId = :a"
                        + " and a.submittedAt is null", QuizAttempt.class)
                .setParameter("r", registration).setParameter("a", activityId).getResultStream().findFirst();
    }

    /** The learner's attempts at the quiz, first to last. */
    List<QuizAttempt> of(UUID registration, String activityId) {
        return em.createQuery("select a from QuizAttempt a where a.registration = :r and a.activityId = :a"
                        + " order by a.number", QuizAttempt.class)
                .setParameter("r", registration).setParameter("a", activityId).getResultList();
    }

    /** Every attempt at the quiz in the class, by learner and number. */
    List<QuizAttempt> ofClass(long classId, String activityId) {
        return em.createQuery("select a from QuizAttempt a where a.classId = :c and a.activityId = :a"
                        + " order by a.personId, a.number", QuizAttempt.class)
                .setParameter("c", classId).setParameter("a", activityId).getResultList();
    }

    /** Open attempts whose deadline has passed, oldest first. */
    List<UUID> overdue(Instant now, int limit) {
        return em.createQuery("select a.id from QuizAttempt a where a.submittedAt is null and a.deadlineAt <= :now"
                        + " order by a.deadlineAt", UUID.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    /** Saves the answer over any earlier one for the slot. */
    void save(UUID attemptId, int slot, Response response, Instant at) {
        em.createNativeQuery("insert into quiz_response (attempt_id, slot, response, saved_at) values (?1, ?2, ?3, ?4)"
                        + " on conflict (attempt_id, slot) do update set response = excluded.response, saved_at = excluded.saved_at")
                .setParameter(1, attemptId).setParameter(2, slot).setParameter(3, AttemptSheet.write(response))
                .setParameter(4, Timestamp.from(at)).executeUpdate();
    }

    List<QuizResponse> responses(UUID attemptId) {
        return em.createQuery("select r from QuizResponse r where r.attemptId = :a order by r.slot", QuizResponse.class)
                .setParameter("a", attemptId).getResultList();
    }

    List<QuizResponse> responses(Collection<UUID> attemptIds) {
        if (attemptIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from QuizResponse r where r.attemptId in :a", QuizResponse.class)
                .setParameter("a", attemptIds).getResultList();
    }

    void add(QuizResponse response) {
        em.persist(response);
    }

    void add(QuizMarkChange change) {
        em.persist(change);
        em.flush();
    }

    List<QuizMarkChange> changes(UUID attemptId) {
        return em.createQuery("select c from QuizMarkChange c join fetch c.changedBy where c.attemptId = :a order by c.id",
                QuizMarkChange.class).setParameter("a", attemptId).getResultList();
    }
}
