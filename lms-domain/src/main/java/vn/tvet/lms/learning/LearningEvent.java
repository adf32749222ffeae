package vn.tvet.lms.learning;

import java.time.Instant;
import java.util.UUID;

/**
 * Something a learner did, before it becomes a statement: who, the verb, the activity (its IRI and name), the
 * class registration it belongs to, an optional result, when, and the teacher who judged it if one did. {@code id} is the statement id: a retried
 * request that sends the same id records nothing new.
 */
public record LearningEvent(UUID id, long schoolId, long personId, String fullName, String username, Verb verb,
        String activityId, String activityName, UUID registration, String parentActivityId, Result result,
        Instant timestamp, Instructor instructor) {

    public LearningEvent {
        java.util.Objects.requireNonNull(registration, "registration");
    }

    /** The teacher who judged the learner's work (xAPI context.instructor); null for the learner's own events. */
    public record Instructor(String fullName, String username) {
    }

    /**
     * The outcome of an attempt or answer; any part may be null. {@code progress} is the percentage of the
     * activity done (the cmi5 progress extension), for "progressed" statements.
     */
    public record Result(Double scaled, Double raw, Double min, Double max, Boolean success, Boolean completion,
            String response, Integer progress) {

        public Result(Double scaled, Double raw, Double min, Double max, Boolean success, Boolean completion,
                String response) {
            this(scaled, raw, min, max, success, completion, response, null);
        }

        public static Result progressed(int percent) {
            return new Result(null, null, null, null, null, null, null, percent);
        }

        public static Result completed() {
            return new Result(null, null, null, null, null, true, null);
        }

        /** A score out of {@code max}, passed or not; without a range when max is 0 (xAPI wants min below max). */
        public static Result scored(double raw, double max, boolean success) {
            if (max == 0) {
                return new Result(0.0, raw, null, null, success, true, null);
            }
            return new Result(raw / max, raw, 0.0, max, success, true, null);
        }
    }
}
