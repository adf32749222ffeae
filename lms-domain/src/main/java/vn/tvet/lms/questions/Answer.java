package vn.tvet.lms.questions;

/**
 * One answer a question knows: a choice, an accepted short answer, a number with its tolerance, or the left item
 * of a matching pair with its {@code match}. {@code fraction} is its share of the question's mark (1 = all of it,
 * negative takes marks away in multiple choice); {@code feedback} is shown after the attempt to whoever gave it.
 */
public record Answer(String text, String match, double fraction, double tolerance, String feedback) {

    public Answer {
        text = text == null ? "" : text;
        feedback = feedback == null || feedback.isBlank() ? null : feedback;
    }

    public static Answer choice(String text, double fraction, String feedback) {
        return new Answer(text, null, fraction, 0, feedback);
    }

    public static Answer pair(String left, String right) {
        return new Answer(left, right, 1, 0, null);
    }

    public boolean right() {
        return fraction > 0;
    }
}
