package vn.tvet.lms.web.questions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.tvet.lms.questions.Answer;
import vn.tvet.lms.questions.Question;
import vn.tvet.lms.questions.QuestionBank;
import vn.tvet.lms.questions.QuestionType;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.PageActions;
import vn.tvet.lms.web.platform.Texts;

/**
 * Writing one question of the bank in a form, new or changed: its text (images come from
 * {@link LibraryImagePicker}), its answers as rows, feedback and points. The bank checks it as it checks imported
 * questions.
 */
@Named
@ViewScoped
public class QuestionEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    QuestionBankPage bankPage;

    @Inject
    QuestionBank bank;

    @Inject
    LibraryImagePicker imagePicker;

    @Inject
    PageActions pageActions;

    @Inject
    Texts texts;

    /** Whether the form is open; {@code editingKey} is null for a new question. */
    private boolean open;
    private String editingKey;
    private QuestionType questionType = QuestionType.SINGLE_CHOICE;
    private String category;
    private String name;
    private String prompt;
    private String feedback;
    private double points = 1;
    private boolean caseSensitive;
    private boolean diacriticsSensitive = true;
    private boolean trueIsRight = true;
    private String trueFeedback;
    private String falseFeedback;
    private List<AnswerRow> answers = new ArrayList<>();

    public void startNew() {
        clear();
        open = true;
        fitAnswers();
    }

    /** Opens the stored question in the form. */
    public void edit(String key) {
        pageActions.call(() -> bank.get(currentUser.viewer(), bankPage.schoolId(), bankPage.getModuleId(), key))
                .ifPresent(question -> {
                    clear();
                    open = true;
                    editingKey = key;
                    questionType = question.type();
                    category = question.category();
                    name = question.name();
                    prompt = question.prompt();
                    feedback = question.feedback();
                    points = question.points();
                    caseSensitive = question.caseSensitive();
                    diacriticsSensitive = question.diacriticsSensitive();
                    if (questionType == QuestionType.TRUE_FALSE) {
                        trueIsRight = question.answers().get(0).right();
                        trueFeedback = question.answers().get(0).feedback();
                        falseFeedback = question.answers().get(1).feedback();
                    } else {
                        question.answers().forEach(answer -> answers.add(AnswerRow.of(answer)));
                    }
                });
    }

    /** The type changed: keep the rows typed so far and add what the new type needs. */
    public void typeChanged() {
        fitAnswers();
    }

    public void addAnswer() {
        if (answers.size() < Question.MAX_ANSWERS) {
            answers.add(new AnswerRow());
        }
    }

    public void removeAnswer(int index) {
        if (index >= 0 && index < answers.size()) {
            answers.remove(index);
        }
    }

    public void save() {
        Question question = typed();
        boolean saved = editingKey == null
                ? pageActions.call(() -> bank.add(currentUser.viewer(), bankPage.schoolId(), bankPage.getModuleId(),
                        List.of(question))).isPresent()
                : pageActions.run(() -> bank.replace(currentUser.viewer(), bankPage.schoolId(), bankPage.getModuleId(),
                        editingKey, question));
        if (saved) {
            texts.info(editingKey == null ? "questions.added" : "questions.saved", question.label());
            clear();
        }
    }

    public void cancel() {
        clear();
    }

    private Question typed() {
        List<Answer> list = switch (questionType) {
            case TRUE_FALSE -> List.of(Answer.choice(Question.TRUE, trueIsRight ? 1 : 0, trueFeedback),
                    Answer.choice(Question.FALSE, trueIsRight ? 0 : 1, falseFeedback));
            case ESSAY -> List.of();
            default -> answers.stream().filter(row -> !row.isBlank()).map(row -> row.answer(questionType)).toList();
        };
        return new Question(editingKey == null ? "new" : editingKey, questionType, category, name, prompt, feedback, list,
                caseSensitive, diacriticsSensitive, points, null);
    }

    /** Enough empty rows for the type: two choices or pairs, one accepted answer; none for essays and true/false. */
    private void fitAnswers() {
        int wanted = switch (questionType) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> 4;
            case MATCHING -> 3;
            case SHORT_ANSWER, NUMERIC -> 1;
            default -> 0;
        };
        while (answers.size() < wanted) {
            AnswerRow row = new AnswerRow();
            if (answers.isEmpty() && questionType != QuestionType.MULTIPLE_CHOICE) {
                row.setPercent(100.0);
            }
            answers.add(row);
        }
    }

    private void clear() {
        open = false;
        editingKey = null;
        questionType = QuestionType.SINGLE_CHOICE;
        category = bankPage.getCategory() == null || QuestionBankPage.NO_CATEGORY.equals(bankPage.getCategory())
                ? null : bankPage.getCategory();
        name = null;
        prompt = null;
        feedback = null;
        points = 1;
        caseSensitive = false;
        diacriticsSensitive = true;
        trueIsRight = true;
        trueFeedback = null;
        falseFeedback = null;
        answers = new ArrayList<>();
        imagePicker.forget();
    }

    /** Whether the rows are pairs (matching), accepted answers, numbers or choices: the form shows what fits. */
    public boolean isWithRows() {
        return questionType != QuestionType.TRUE_FALSE && questionType != QuestionType.ESSAY;
    }

    public boolean isMatching() {
        return questionType == QuestionType.MATCHING;
    }

    public boolean isNumeric() {
        return questionType == QuestionType.NUMERIC;
    }

    public boolean isShortAnswer() {
        return questionType == QuestionType.SHORT_ANSWER;
    }

    public boolean isTrueFalse() {
        return questionType == QuestionType.TRUE_FALSE;
    }

    public boolean isOpen() {
        return open;
    }

    public boolean isEditing() {
        return editingKey != null;
    }

    public QuestionType[] getTypes() {
        return QuestionType.values();
    }

    public QuestionType getQuestionType() {
        return questionType;
    }

    public void setQuestionType(QuestionType questionType) {
        this.questionType = questionType == null ? QuestionType.SINGLE_CHOICE : questionType;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPrompt() {
        return prompt;
    }

    public void setPrompt(String prompt) {
        this.prompt = prompt;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }

    public double getPoints() {
        return points;
    }

    public void setPoints(double points) {
        this.points = points;
    }

    public boolean isCaseSensitive() {
        return caseSensitive;
    }

    public void setCaseSensitive(boolean caseSensitive) {
        this.caseSensitive = caseSensitive;
    }

    public boolean isDiacriticsSensitive() {
        return diacriticsSensitive;
    }

    public void setDiacriticsSensitive(boolean diacriticsSensitive) {
        this.diacriticsSensitive = diacriticsSensitive;
    }

    public boolean isTrueIsRight() {
        return trueIsRight;
    }

    public void setTrueIsRight(boolean trueIsRight) {
        this.trueIsRight = trueIsRight;
    }

    public String getTrueFeedback() {
        return trueFeedback;
    }

    public void setTrueFeedback(String trueFeedback) {
        this.trueFeedback = trueFeedback;
    }

    public String getFalseFeedback() {
        return falseFeedback;
    }

    public void setFalseFeedback(String falseFeedback) {
        this.falseFeedback = falseFeedback;
    }

    public List<AnswerRow> getAnswers() {
        return answers;
    }

}
