package vn.tvet.lms.courseware;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        List<String> problems = new ArrayList<>();
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
                    problems.add("line " + promptLine + ": a question needs 2-" + QuizQuestion.MAX_CHOICES
                            + " choices and an answer among them");
                }
                prompt = null;
            } else if (choice.matches() && choice.group(1).charAt(0) - 'A' == choices.size()) {
                choices.add(choice.group(2));
            } else {
                problems.add("line " + number + ": expected choice " + (char) ('A' + choices.size()) + ". or ANSWER:");
                prompt = null;
                skipping = true;
            }
        }
        if (prompt != null) {
            problems.add("line " + promptLine + ": the question has no ANSWER: line");
        }
        if (questions.isEmpty() && problems.isEmpty()) {
            problems.add("no questions");
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

    /** Quiz text that could not be read; {@link #problems()} names each line at fault. */
    public static class QuizFormatException extends ModuleRuleException {

        private final List<String> problems;

        QuizFormatException(List<String> problems) {
            super(Reason.BAD_QUESTION, String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
