package vn.tvet.lms.questions;

import java.io.Serializable;
import java.util.List;

/**
 * How a response was marked: the share of the question's mark earned (0 to 1), null while a teacher has not
 * graded it, and the feedback of the answers the learner gave.
 */
public record Marking(Double fraction, List<String> feedback) implements Serializable {

    public Marking {
        feedback = feedback == null ? List.of() : List.copyOf(feedback);
    }

    public static Marking awaitingGrade() {
        return new Marking(null, List.of());
    }

    public boolean graded() {
        return fraction != null;
    }

    public boolean right() {
        return fraction != null && fraction >= 1 - 1e-9;
    }
}
