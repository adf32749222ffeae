package vn.tvet.lms.courseware;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;
import vn.tvet.lms.questions.Answer;
import vn.tvet.lms.questions.Question;
import vn.tvet.lms.questions.QuestionType;

/**
 * A multiple-choice question: its choices one per line (as teachers type them) and the 1-based number of
 * the right one.
 */
@Embeddable
public record QuizQuestion(
        @Column(name = "prompt", nullable = false, length = 2000) String prompt,
        @Column(name = "choices", nullable = false, length = 4000) String choices,
        @Column(name = "correct_choice", nullable = false) int correctChoice) {

    public static final int MAX_CHOICES = 8;

    /** The non-blank choices, trimmed, in order. */
    public List<String> choiceList() {
        return Arrays.stream(choices.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The question as a single-choice question of a bank, under {@code key} (its plain prompt escaped as HTML). */
    public Question asQuestion(String key) {
        List<String> texts = choiceList();
        List<Answer> answers = new java.util.ArrayList<>();
        for (int c = 0; c < texts.size(); c++) {
            answers.add(Answer.choice(texts.get(c), c + 1 == correctChoice ? 1 : 0, null));
        }
        return new Question(key, QuestionType.SINGLE_CHOICE, Question.NO_CATEGORY, null, prompt.replace("&", "&amp;")
                .replace("<", "&lt;").replace(">", "&gt;"), null, answers, false, false, 1, null);
    }

    /** A question as typed: refused unless it has a prompt, 2-8 choices, and the right answer among them. */
    public static QuizQuestion of(String prompt, String choices, int correctChoice) {
        if (prompt == null || prompt.isBlank() || prompt.length() > 2000 || choices == null || choices.length() > 4000) {
            throw new ModuleRuleException(ModuleRuleException.Reason.BAD_QUESTION, "prompt or choices missing or too long");
        }
        QuizQuestion question = new QuizQuestion(prompt.strip(), String.join("\n",
                Arrays.stream(choices.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList()), correctChoice);
        int count = question.choiceList().size();
        if (count < 2 || count > MAX_CHOICES || correctChoice < 1 || correctChoice > count) {
            throw new ModuleRuleException(ModuleRuleException.Reason.BAD_QUESTION,
                    count + " choices, right answer " + correctChoice);
        }
        return question;
    }
}
