package vn.tvet.lms.questions;

import java.util.List;

/** Questions written as GIFT text, the format {@link GiftFormat} reads back to the same questions. */
public final class GiftWriter {

    private GiftWriter() {
    }

    /** The questions as GIFT text, by category, that {@link GiftFormat#parse} reads back to the same questions. */
    public static String write(List<Question> questions) {
        StringBuilder out = new StringBuilder("// TVET LMS question bank, GIFT format\n\n");
        String category = null;
        for (Question question : questions) {
            if (!question.category().equals(category)) {
                category = question.category();
                out.append("$CATEGORY: $course$/top").append(category.isEmpty() ? "" : "/" + category).append("\n\n");
            }
            if (question.name() != null) {
                out.append("::").append(escape(question.name())).append("::");
            }
            out.append("[html]").append(escape(question.prompt())).append(" {");
            out.append(answers(question));
            if (question.feedback() != null) {
                out.append("####").append(escape(question.feedback()));
            }
            out.append("}\n\n");
        }
        return out.toString();
    }

    private static String answers(Question question) {
        StringBuilder out = new StringBuilder();
        switch (question.type()) {
            case ESSAY -> {
                // an empty block
            }
            case TRUE_FALSE -> {
                boolean truth = question.answers().get(0).right();
                Answer right = question.answers().get(truth ? 0 : 1);
                Answer wrong = question.answers().get(truth ? 1 : 0);
                out.append(truth ? "TRUE" : "FALSE");
                if (wrong.feedback() != null || right.feedback() != null) {
                    out.append('#').append(escape(orEmpty(wrong.feedback()))).append('#').append(escape(orEmpty(right.feedback())));
                }
            }
            case MATCHING -> question.answers().forEach(a -> out.append("\n=").append(escape(a.text())).append(" -> ")
                    .append(escape(a.match())));
            case NUMERIC -> {
                out.append('#');
                for (Answer answer : question.answers()) {
                    out.append("\n=").append(weight(answer.fraction(), true)).append(answer.text()).append(':')
                            .append(GiftFormat.plainNumber(answer.tolerance())).append(feedback(answer));
                }
            }
            case SHORT_ANSWER -> question.answers().forEach(a -> out.append("\n=").append(weight(a.fraction(), true))
                    .append(escape(a.text())).append(feedback(a)));
            case SINGLE_CHOICE -> question.answers().forEach(a -> out.append(a.fraction() >= 1 - 1e-9 ? "\n=" : "\n~")
                    .append(a.fraction() >= 1 - 1e-9 ? "" : weight(a.fraction(), false)).append(escape(a.text())).append(feedback(a)));
            case MULTIPLE_CHOICE -> question.answers().forEach(a -> out.append("\n~").append("%")
                    .append(percent(a.fraction())).append("%").append(escape(a.text())).append(feedback(a)));
            default -> throw new IllegalStateException(question.type().name());
        }
        return out.append(question.type() == QuestionType.ESSAY ? "" : "\n").toString();
    }

    private static String weight(double fraction, boolean rightMarker) {
        if (rightMarker && fraction >= 1 - 1e-9 || !rightMarker && Math.abs(fraction) < 1e-9) {
            return "";
        }
        return "%" + percent(fraction) + "%";
    }

    private static String percent(double fraction) {
        double percent = Math.round(fraction * 100_000) / 1000.0;
        return percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent);
    }

    private static String feedback(Answer answer) {
        return answer.feedback() == null ? "" : "#" + escape(answer.feedback());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Text with GIFT's special characters escaped and line breaks kept as \n. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    // dropped: \n carries the line break
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
