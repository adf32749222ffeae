package vn.tvet.lms.quiz;

/** No such attempt for this person in this class (another learner's attempt id is answered the same way). */
public class AttemptNotFoundException extends RuntimeException {

    public AttemptNotFoundException(Object id) {
        super("No quiz attempt " + id);
    }
}
