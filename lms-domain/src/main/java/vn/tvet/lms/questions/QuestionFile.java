package vn.tvet.lms.questions;

import java.util.List;

/** What an imported file holds: the questions read, and every fault found (the faulty questions are left out). */
public record QuestionFile(List<Question> questions, List<QuestionFileProblem> problems) {

    /** Most questions one file may bring into a bank. */
    public static final int MAX_QUESTIONS = 2000;

    public QuestionFile {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }
}
