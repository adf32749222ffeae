package vn.tvet.lms.web.questions;

import java.io.Serializable;
import vn.tvet.lms.questions.Answer;
import vn.tvet.lms.questions.QuestionType;

/** One answer as the question form edits it: percentages instead of fractions, every field optional until saved. */
public class AnswerRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private String match;
    private Double percent = 0.0;
    private Double tolerance = 0.0;
    private String feedback;

    static AnswerRow of(Answer answer) {
        AnswerRow row = new AnswerRow();
        row.text = answer.text();
        row.match = answer.match();
        row.percent = Math.round(answer.fraction() * 10_000) / 100.0;
        row.tolerance = answer.tolerance();
        row.feedback = answer.feedback();
        return row;
    }

    /** A row nobody wrote in is left out rather than refused. */
    boolean isBlank() {
        return (text == null || text.isBlank()) && (match == null || match.isBlank());
    }

    /** The answer the row stands for in a question of {@code type}: pairs score whole, the rest by their share. */
    Answer answer(QuestionType type) {
        if (type == QuestionType.MATCHING) {
            return Answer.pair(text, match == null ? "" : match);
        }
        double fraction = percent == null ? 0 : percent / 100;
        return new Answer(text, null, fraction, type == QuestionType.NUMERIC && tolerance != null ? tolerance : 0, feedback);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getMatch() {
        return match;
    }

    public void setMatch(String match) {
        this.match = match;
    }

    public Double getPercent() {
        return percent;
    }

    public void setPercent(Double percent) {
        this.percent = percent;
    }

    public Double getTolerance() {
        return tolerance;
    }

    public void setTolerance(Double tolerance) {
        this.tolerance = tolerance;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }
}
