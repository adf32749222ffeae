package vn.tvet.lms.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import vn.tvet.lms.questions.Response;

/** One answer of an attempt as last saved, in the question's own numbering, and its mark (null until graded). */
@Entity
@Table(name = "quiz_response")
@IdClass(QuizResponse.Key.class)
public class QuizResponse {

    @Id
    @Column(name = "attempt_id")
    private UUID attemptId;

    @Id
    private int slot;

    @Column(nullable = false, columnDefinition = "text")
    private String response;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    private Double fraction;

    protected QuizResponse() {
        // for JPA
    }

    QuizResponse(UUID attemptId, int slot, Response response, Instant savedAt) {
        this.attemptId = attemptId;
        this.slot = slot;
        this.response = AttemptSheet.write(response);
        this.savedAt = savedAt;
    }

    public UUID getAttemptId() {
        return attemptId;
    }

    public int getSlot() {
        return slot;
    }

    public Response response() {
        return AttemptSheet.readResponse(response);
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public Double getFraction() {
        return fraction;
    }

    void grade(Double share) {
        this.fraction = share;
    }

    /** The composite key: attempt and slot. */
    public static class Key implements Serializable {

        private UUID attemptId;
        private int slot;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(attemptId, key.attemptId) && slot == key.slot;
        }

        @Override
        public int hashCode() {
            return Objects.hash(attemptId, slot);
        }
    }
}
