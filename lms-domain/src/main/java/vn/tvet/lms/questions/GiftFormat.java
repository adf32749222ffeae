package vn.tvet.lms.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tvet.lms.questions.QuestionFileProblem.Kind;

/**
 * Moodle's GIFT text format, read ({@link GiftWriter} writes it): {@code ::name::} text {@code {answers}}, questions separated by
 * blank lines, {@code //} comments, {@code $CATEGORY:} lines, and the special characters {@code ~ = # { } :}
 * escaped with a backslash. Answer blocks: {@code {=right ~wrong}} (single choice), {@code {~%50%a ~%50%b ~%-100%c}}
 * (multiple), {@code {T}} / {@code {FALSE#wrong#right}}, {@code {=answer =%50%other}} (short answer),
 * {@code {=left -> right ...}} (matching), {@code {#3.5:0.1}} or {@code {#1..5}} (numeric), {@code {}} (essay);
 * {@code #feedback} after an answer, {@code ####feedback} for the question. Text before the block and after it
 * becomes the question with a gap (missing word).
 */
public final class GiftFormat {

    private static final Pattern TRUE_FALSE = Pattern.compile("(?i)(T|TRUE|F|FALSE)((?:#.*)?)", Pattern.DOTALL);
    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:[.,]\\d+)?)%");
    private static final Pattern RANGE = Pattern.compile("^\\s*(\\S+?)\\s*\\.\\.\\s*(\\S+)\\s*$");
    private static final String GAP = " _____ ";

    private GiftFormat() {
    }

    /** The questions of GIFT text, and every problem with the line it starts on. */
    public static QuestionFile parse(String text) {
        List<Question> questions = new ArrayList<>();
        List<QuestionFileProblem> problems = new ArrayList<>();
        String category = Question.NO_CATEGORY;
        String[] lines = text == null ? new String[0] : text.replace("\uFEFF", "").split("\\R", -1);
        StringBuilder block = new StringBuilder();
        int blockLine = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (line.strip().startsWith("//")) {
                continue;
            }
            if (!line.isBlank()) {
                if (block.isEmpty()) {
                    blockLine = i + 1;
                }
                block.append(line).append('\n');
                continue;
            }
            if (block.isEmpty()) {
                continue;
            }
            String source = block.toString().strip();
            block.setLength(0);
            if (source.startsWith("$CATEGORY:")) {
                // The category line, and a question written right under it without a blank line.
                int end = source.indexOf('\n');
                category = categoryName(source.substring("$CATEGORY:".length(), end < 0 ? source.length() : end));
                if (end < 0) {
                    continue;
                }
                source = source.substring(end + 1).strip();
                blockLine++;
            }
            if (questions.size() >= QuestionFile.MAX_QUESTIONS) {
                problems.add(QuestionFileProblem.atLine(blockLine, Kind.TOO_MANY, String.valueOf(QuestionFile.MAX_QUESTIONS)));
                break;
            }
            try {
                questions.add(question(source, category, blockLine).checked());
            } catch (GiftProblem problem) {
                problems.add(QuestionFileProblem.atLine(blockLine, problem.kind, problem.detail));
            } catch (QuestionRuleException broken) {
                problems.add(QuestionFileProblem.atLine(blockLine, Kind.RULE, broken.reason().name()));
            }
        }
        if (questions.isEmpty() && problems.isEmpty()) {
            problems.add(QuestionFileProblem.atLine(0, Kind.NO_QUESTIONS, null));
        }
        return new QuestionFile(questions, problems);
    }

    /** Moodle writes categories as paths from the course ("$course$/top/An toàn"); the last part names it here. */
    static String categoryName(String path) {
        String[] parts = path.strip().split("/");
        String last = parts[parts.length - 1].strip();
        return last.equals("$course$") || last.equalsIgnoreCase("top") ? Question.NO_CATEGORY : last;
    }

    private static Question question(String source, String category, int line) {
        String rest = source;
        String name = null;
        if (rest.startsWith("::")) {
            int end = unescaped(rest, "::", 2);
            if (end < 0) {
                throw new GiftProblem(Kind.BAD_ANSWER, "::");
            }
            name = unescape(rest.substring(2, end)).strip();
            rest = rest.substring(end + 2).strip();
        }
        boolean html = false;
        Matcher format = Pattern.compile("^\\[(html|moodle|plain|markdown)]", Pattern.CASE_INSENSITIVE).matcher(rest);
        if (format.find()) {
            html = format.group(1).equalsIgnoreCase("html");
            rest = rest.substring(format.end());
        }
        int open = unescaped(rest, "{", 0);
        if (open < 0) {
            throw new GiftProblem(Kind.NO_ANSWERS, null);
        }
        int close = unescaped(rest, "}", open + 1);
        if (close < 0) {
            throw new GiftProblem(Kind.UNCLOSED_BRACE, null);
        }
        String before = rest.substring(0, open).strip();
        String after = rest.substring(close + 1).strip();
        String promptText = before.isEmpty() && !after.isEmpty() ? after
                : after.isEmpty() ? before : before + GAP + after;
        String prompt = html ? unescape(promptText) : plainToHtml(unescape(promptText));
        String answers = rest.substring(open + 1, close).strip();
        String feedback = null;
        int general = unescaped(answers, "####", 0);
        if (general >= 0) {
            feedback = unescape(answers.substring(general + 4)).strip();
            feedback = html ? feedback : plainToHtml(feedback);
            answers = answers.substring(0, general).strip();
        }
        String key = UUID.randomUUID().toString();
        if (answers.isEmpty()) {
            return new Question(key, QuestionType.ESSAY, category, name, prompt, feedback, List.of(), false, false, 1, null);
        }
        Matcher truth = TRUE_FALSE.matcher(answers);
        if (truth.matches()) {
            boolean isTrue = truth.group(1).toUpperCase(java.util.Locale.ROOT).startsWith("T");
            List<String> notes = splitUnescaped(truth.group(2), '#');
            String ifWrong = notes.size() > 1 ? unescape(notes.get(1)).strip() : null;
            String ifRight = notes.size() > 2 ? unescape(notes.get(2)).strip() : null;
            return Question.trueFalse(key, category, name, prompt, feedback, isTrue,
                    isTrue ? ifRight : ifWrong, isTrue ? ifWrong : ifRight);
        }
        if (answers.startsWith("#")) {
            return new Question(key, QuestionType.NUMERIC, category, name, prompt, feedback, numeric(answers.substring(1)),
                    false, false, 1, null);
        }
        List<String> tokens = tokens(answers);
        List<Answer> list = new ArrayList<>();
        boolean anyWrongMarker = tokens.stream().anyMatch(t -> t.startsWith("~"));
        boolean anyRightMarker = tokens.stream().anyMatch(t -> t.startsWith("="));
        boolean matching = tokens.stream().anyMatch(t -> unescaped(t, "->", 0) >= 0);
        for (String token : tokens) {
            boolean right = token.startsWith("=");
            String body = token.substring(1);
            Double weight = null;
            Matcher w = WEIGHT.matcher(body);
            if (w.find()) {
                weight = Double.valueOf(w.group(1).replace(',', '.')) / 100;
                body = body.substring(w.end());
            } else if (body.startsWith("%")) {
                throw new GiftProblem(Kind.BAD_ANSWER, token.strip());
            }
            List<String> parts = splitUnescaped(body, '#');
            String answerText = parts.get(0);
            String answerFeedback = parts.size() > 1 ? unescape(String.join("#", parts.subList(1, parts.size()))).strip() : null;
            if (matching) {
                int arrow = unescaped(answerText, "->", 0);
                if (!right || arrow < 0) {
                    throw new GiftProblem(Kind.BAD_ANSWER, token.strip());
                }
                list.add(new Answer(unescape(answerText.substring(0, arrow)).strip(),
                        unescape(answerText.substring(arrow + 2)).strip(), 1, 0, null));
            } else {
                double fraction = weight != null ? weight : right ? 1 : 0;
                list.add(Answer.choice(unescape(answerText).strip(), fraction, answerFeedback));
            }
        }
        QuestionType type;
        if (matching) {
            type = QuestionType.MATCHING;
        } else if (!anyWrongMarker) {
            type = QuestionType.SHORT_ANSWER;
        } else if (anyRightMarker || list.stream().filter(Answer::right).count() == 1) {
            type = QuestionType.SINGLE_CHOICE;
        } else {
            type = QuestionType.MULTIPLE_CHOICE;
        }
        return new Question(key, type, category, name, prompt, feedback, list, false, false, 1, null);
    }

    /** The answers of a numeric block: "3.5:0.1", "1..5", or several "=%50%3:0.5#note" answers. */
    private static List<Answer> numeric(String body) {
        String trimmed = body.strip();
        List<String> items = trimmed.startsWith("=") || trimmed.startsWith("~") ? tokens(trimmed) : List.of("=" + trimmed);
        List<Answer> answers = new ArrayList<>();
        for (String item : items) {
            String rest = item.substring(1);
            double fraction = item.startsWith("=") ? 1 : 0;
            Matcher w = WEIGHT.matcher(rest);
            if (w.find()) {
                fraction = Double.parseDouble(w.group(1).replace(',', '.')) / 100;
                rest = rest.substring(w.end());
            }
            List<String> parts = splitUnescaped(rest, '#');
            String value = unescape(parts.get(0)).strip();
            String feedback = parts.size() > 1 ? unescape(parts.get(1)).strip() : null;
            Matcher range = RANGE.matcher(value);
            Double number;
            double tolerance = 0;
            if (range.matches()) {
                Double low = QuestionMarker.number(range.group(1));
                Double high = QuestionMarker.number(range.group(2));
                if (low == null || high == null || high < low) {
                    throw new GiftProblem(Kind.BAD_ANSWER, item.strip());
                }
                number = (low + high) / 2;
                tolerance = (high - low) / 2;
            } else {
                int colon = value.lastIndexOf(':');
                number = QuestionMarker.number(colon < 0 ? value : value.substring(0, colon));
                Double margin = colon < 0 ? Double.valueOf(0) : QuestionMarker.number(value.substring(colon + 1));
                if (number == null || margin == null || margin < 0) {
                    throw new GiftProblem(Kind.BAD_ANSWER, item.strip());
                }
                tolerance = margin;
            }
            answers.add(new Answer(plainNumber(number), null, fraction, tolerance, feedback));
        }
        return answers;
    }

    /** The answers of a block, each starting with its marker = or ~ (text before the first marker is refused). */
    private static List<String> tokens(String block) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < block.length(); i++) {
            char c = block.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=' || c == '~') {
                if (start < 0 && !block.substring(0, i).isBlank()) {
                    throw new GiftProblem(Kind.BAD_ANSWER, block.substring(0, i).strip());
                }
                if (start >= 0) {
                    tokens.add(block.substring(start, i).strip());
                }
                start = i;
            }
        }
        if (start < 0) {
            throw new GiftProblem(Kind.BAD_ANSWER, block.strip());
        }
        tokens.add(block.substring(start).strip());
        return tokens;
    }

    /** Where {@code target} first occurs at or after {@code from} not preceded by a backslash; -1 if nowhere. */
    static int unescaped(String text, String target, int from) {
        for (int i = from; i <= text.length() - target.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.startsWith(target, i)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> splitUnescaped(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == separator) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String plainToHtml(String text) {
        return text.strip().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\n", "<br>");
    }

    static String plainNumber(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** A fault found while reading one question. */
    private static final class GiftProblem extends RuntimeException {

        private final Kind kind;
        private final String detail;

        GiftProblem(Kind kind, String detail) {
            super(kind.name(), null, false, false);
            this.kind = kind;
            this.detail = detail == null ? null : detail.length() > 80 ? detail.substring(0, 79) + "…" : detail;
        }
    }
}
