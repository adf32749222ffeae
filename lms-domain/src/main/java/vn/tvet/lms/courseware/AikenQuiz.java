package vn.tvet.lms.courseware;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Quiz questions as teachers type them, in the Aiken format Moodle also reads: the question on one line,
 * choices "A." (or "A)") to "H." on the next lines, then "ANSWER: B"; a blank line between questions.
 * Every problem is reported with its line number, and nothing is taken from text with problems.
 */
public final class AikenQuiz {

    private static final Pattern CHOICE = Pattern.compile("^([A-H])[.)]\\s*(.+)$");
    private static final Pattern ANSWER = Pattern.compile("^(?:ANSWER|ĐÁP ÁN)\\s*:\\s*([A-H])\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private AikenQuiz() {
    }

    /** The questions in the text, or every problem in it. */
    public static List<QuizQuestion> parse(String text) {
        List<QuizQuestion> questions = new ArrayList<>();
        List<QuizProblem> problems = new ArrayList<>();
        String prompt = null;
        List<String> choices = new ArrayList<>();
        int promptLine = 0;
        // After a fault the rest of that question is skipped, up to its ANSWER line or a blank line.
        boolean skipping = false;
        String[] lines = text == null ? new String[0] : text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            Matcher answer = ANSWER.matcher(line);
            Matcher choice = CHOICE.matcher(line);
            if (line.isEmpty() || skipping) {
                skipping = skipping && !line.isEmpty() && !answer.matches();
                continue;
            }
            if (prompt == null) {
                prompt = line;
                promptLine = number;
                choices.clear();
            } else if (answer.matches()) {
                int right = answer.group(1).toUpperCase(java.util.Locale.ROOT).charAt(0) - 'A' + 1;
                try {
                    questions.add(QuizQuestion.of(prompt, String.join("\n", choices), right));
                } catch (ModuleRuleException e) {
                    problems.add(new QuizProblem(QuizProblem.Kind.CHOICES_AND_ANSWER, promptLine, null));
                }
                prompt = null;
            } else if (choice.matches() && choice.group(1).charAt(0) - 'A' == choices.size()) {
                choices.add(choice.group(2));
            } else {
                problems.add(new QuizProblem(QuizProblem.Kind.EXPECTED_CHOICE, number,
                        String.valueOf((char) ('A' + choices.size()))));
                prompt = null;
                skipping = true;
            }
        }
        if (prompt != null) {
            problems.add(new QuizProblem(QuizProblem.Kind.NO_ANSWER, promptLine, null));
        }
        if (questions.isEmpty() && problems.isEmpty()) {
            problems.add(new QuizProblem(QuizProblem.Kind.NO_QUESTIONS, 0, null));
        }
        if (!problems.isEmpty()) {
            throw new QuizFormatException(problems);
        }
        return questions;
    }

    /** The questions written back in the same format, for editing. */
    public static String write(List<QuizQuestion> questions) {
        StringBuilder text = new StringBuilder();
        for (QuizQuestion question : questions) {
            text.append(question.prompt()).append('\n');
            List<String> choices = question.choiceList();
            for (int i = 0; i < choices.size(); i++) {
                text.append((char) ('A' + i)).append(". ").append(choices.get(i)).append('\n');
            }
            text.append("ANSWER: ").append((char) ('A' + question.correctChoice() - 1)).append("\n\n");
        }
        return text.toString().strip();
    }

    /**
     * One fault in quiz text, at a line (from 1; 0 for the whole text). Pages word it in the reader's language
     * under {@code quiz.problem.<kind>}, with the line, {@link QuizQuestion#MAX_CHOICES} and {@code expected}.
     */
    public record QuizProblem(Kind kind, int line, String expected) {

        /** What is wrong. */
        public enum Kind {
            /** Fewer than two or more than the maximum choices, or an answer that names no choice. */
            CHOICES_AND_ANSWER,
            /** A line that is neither the next choice ({@code expected}) nor the ANSWER line. */
            EXPECTED_CHOICE,
            /** A question that ends without its ANSWER line. */
            NO_ANSWER,
            /** Nothing but blank lines. */
            NO_QUESTIONS
        }

        @Override
        public String toString() {
            return switch (kind) {
                case CHOICES_AND_ANSWER -> "line " + line + ": a question needs 2-" + QuizQuestion.MAX_CHOICES
                        + " choices and an answer among them";
                case EXPECTED_CHOICE -> "line " + line + ": expected choice " + expected + ". or ANSWER:";
                case NO_ANSWER -> "line " + line + ": the question has no ANSWER: line";
                case NO_QUESTIONS -> "no questions";
            };
        }
    }

    /** Quiz text that could not be read; {@link #problems()} names each line at fault. */
    public static class QuizFormatException extends ModuleRuleException {

        private final List<QuizProblem> problems;

        QuizFormatException(List<QuizProblem> problems) {
            super(Reason.BAD_QUESTION, problems.stream().map(QuizProblem::toString).collect(Collectors.joining("; ")));
            this.problems = List.copyOf(problems);
        }

        public List<QuizProblem> problems() {
            return problems;
        }
    }
}
