package vn.tvet.lms.questions;

/** No question with this key in the module's bank (or in the attempt): answered as not found. */
public class QuestionNotFoundException extends RuntimeException {

    public QuestionNotFoundException(String key) {
        super("No question " + key);
    }
}
