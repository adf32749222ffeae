package vn.tvet.lms.scorm;

import java.util.Map;

/**
 * SCORM 1.2 prerequisites (adlcp:prerequisites, type "aicc_script"): an expression over item identifiers that must
 * hold before an item may be launched. Supported: an identifier (its status is completed or passed), "id=status" and
 * "id<>status", "~" (not), "&" (and), "|" (or) and parentheses, with AICC's precedence (~, then &, then |). An
 * expression that does not parse is taken as met, as the package's author cannot have meant to lock the learner out.
 */
public final class Prerequisites {

    private final String text;
    private final Map<String, String> statuses;
    private int at;

    private Prerequisites(String text, Map<String, String> statuses) {
        this.text = text;
        this.statuses = statuses;
    }

    /**
     * Whether the expression holds for the learner's SCORM 1.2 statuses by item identifier ("passed", "completed",
     * "failed", "incomplete", "browsed", "not attempted"; an item never launched is "not attempted").
     */
    public static boolean met(String expression, Map<String, String> statuses) {
        if (expression == null || expression.isBlank()) {
            return true;
        }
        Prerequisites parser = new Prerequisites(expression.replaceAll("\\s+", ""), statuses);
        try {
            boolean value = parser.or();
            return parser.at != parser.text.length() || value;
        } catch (IllegalArgumentException unreadable) {
            return true;
        }
    }

    private boolean or() {
        boolean value = and();
        while (peek('|')) {
            at++;
            value = and() | value;
        }
        return value;
    }

    private boolean and() {
        boolean value = unary();
        while (peek('&')) {
            at++;
            value = unary() & value;
        }
        return value;
    }

    private boolean unary() {
        if (peek('~')) {
            at++;
            return !unary();
        }
        if (peek('(')) {
            at++;
            boolean value = or();
            if (!peek(')')) {
                throw new IllegalArgumentException("unclosed parenthesis");
            }
            at++;
            return value;
        }
        String identifier = token();
        String status = statuses.getOrDefault(identifier, "not attempted");
        if (text.startsWith("<>", at)) {
            at += 2;
            return !status.equals(statusToken());
        }
        if (peek('=')) {
            at++;
            return status.equals(statusToken());
        }
        return status.equals("completed") || status.equals("passed");
    }

    /** A status in an expression: a word ("passed") or its AICC letter (P, C, F, I, B, N). */
    private String statusToken() {
        String word = token().toLowerCase(java.util.Locale.ROOT);
        return switch (word) {
            case "p" -> "passed";
            case "c" -> "completed";
            case "f" -> "failed";
            case "i" -> "incomplete";
            case "b" -> "browsed";
            case "n", "notattempted" -> "not attempted";
            default -> word;
        };
    }

    private String token() {
        int start = at;
        while (at < text.length() && "&|~()=<>".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        if (start == at) {
            throw new IllegalArgumentException("an identifier is missing at " + start);
        }
        return text.substring(start, at);
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }
}
