package vn.tvet.lms.questions;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.tvet.lms.text.TextFolding;

/** Marks a response against its question; essays wait for a teacher. */
public final class QuestionMarker {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][-+]?\\d+)?");

    private QuestionMarker() {
    }

    public static Marking mark(Question question, Response response) {
        return switch (question.type()) {
            case SINGLE_CHOICE, TRUE_FALSE -> chosen(question, response.chosen().stream().limit(1).toList());
            case MULTIPLE_CHOICE -> chosen(question, response.chosen());
            case SHORT_ANSWER -> typed(question, response.text());
            case NUMERIC -> numeric(question, response.text());
            case MATCHING -> matching(question, response.chosen());
            case ESSAY -> Marking.awaitingGrade();
        };
    }

    private static Marking chosen(Question question, List<Integer> picks) {
        double total = 0;
        List<String> feedback = new ArrayList<>();
        for (int pick : picks.stream().distinct().toList()) {
            if (pick >= 0 && pick < question.answers().size()) {
                Answer answer = question.answers().get(pick);
                total += answer.fraction();
                if (answer.feedback() != null) {
                    feedback.add(answer.feedback());
                }
            }
        }
        return new Marking(clamp(total), feedback);
    }

    private static Marking typed(Question question, String text) {
        if (text == null) {
            return new Marking(0.0, List.of());
        }
        String given = comparable(text, question.caseSensitive(), question.diacriticsSensitive());
        Answer best = null;
        for (Answer answer : question.answers()) {
            String accepted = comparable(answer.text(), question.caseSensitive(), question.diacriticsSensitive());
            if (wildcard(accepted).matcher(given).matches() && (best == null || answer.fraction() > best.fraction())) {
                best = answer;
            }
        }
        return best == null ? new Marking(0.0, List.of())
                : new Marking(clamp(best.fraction()), best.feedback() == null ? List.of() : List.of(best.feedback()));
    }

    private static Marking numeric(Question question, String text) {
        Double given = number(text);
        Answer best = null;
        if (given != null) {
            for (Answer answer : question.answers()) {
                Double value = number(answer.text());
                if (value != null && Math.abs(given - value) <= answer.tolerance() + 1e-9
                        && (best == null || answer.fraction() > best.fraction())) {
                    best = answer;
                }
            }
        }
        return best == null ? new Marking(0.0, List.of())
                : new Marking(clamp(best.fraction()), best.feedback() == null ? List.of() : List.of(best.feedback()));
    }

    private static Marking matching(Question question, List<Integer> picks) {
        List<String> matches = question.matches();
        int right = 0;
        for (int i = 0; i < question.answers().size(); i++) {
            int pick = i < picks.size() ? picks.get(i) : -1;
            if (pick >= 0 && pick < matches.size() && matches.get(pick).equals(question.answers().get(i).match())) {
                right++;
            }
        }
        return new Marking((double) right / question.answers().size(), List.of());
    }

    /** A number as people type it: "2,5" and "2.5" alike; null when it is not one. */
    public static Double number(String text) {
        if (text == null) {
            return null;
        }
        String typed = text.strip().replace(" ", "");
        if (!NUMBER.matcher(typed).matches()) {
            return null;
        }
        try {
            return Double.valueOf(typed.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Text compared as the author chose: spaces always collapsed, case and diacritics only if asked. */
    static String comparable(String text, boolean caseSensitive, boolean diacriticsSensitive) {
        String spaced = Normalizer.normalize(text.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC);
        if (!diacriticsSensitive) {
            String folded = TextFolding.fold(spaced);
            return caseSensitive ? keepCase(spaced, folded) : folded;
        }
        return caseSensitive ? spaced : spaced.toLowerCase(Locale.ROOT);
    }

    /** Folded letters given back their original case (folding lowers everything). */
    private static String keepCase(String original, String folded) {
        String plain = Normalizer.normalize(original.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return plain.length() == folded.length() ? plain : folded;
    }

    /** An accepted answer where * stands for any text, as in Moodle. */
    private static Pattern wildcard(String accepted) {
        StringBuilder regex = new StringBuilder();
        for (String part : accepted.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
