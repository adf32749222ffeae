package vn.tvet.lms.scorm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The run-time data model elements a SCO may write, per edition, and the values each may hold (vocabulary, type,
 * range, and the smallest permitted maximum the specifications set, e.g. 4,096 characters of 1.2 suspend data and
 * 64,000 of 2004's). scorm-again checks the same in the browser; the server checks again because a commit is an
 * HTTP request anyone holding the launch can send. Elements the LMS owns (learner id, credit, entry, total time,
 * launch data…) are the LMS's to set and are never taken from a commit.
 */
public final class DataModel {

    /** SCORM 1.2 "incorrect data type" (1.2 has no separate range error). */
    static final int SCORM12_TYPE = 405;
    /** SCORM 2004 "data model element type mismatch". */
    static final int SCORM2004_TYPE = 406;
    /** SCORM 2004 "data model element value out of range". */
    static final int SCORM2004_RANGE = 407;
    /** SCORM 2004 "general set failure": more characters than the element's smallest permitted maximum. */
    static final int SCORM2004_TOO_LONG = 351;

    private static final String N = "\\d{1,4}";
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,10}(\\.\\d{1,7})?");
    private static final Pattern TIMESPAN_12 = Pattern.compile("(\\d{2,4}):(\\d{2}):(\\d{2})(\\.\\d{1,2})?");
    private static final Pattern TIME_12 = Pattern.compile("\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,2})?");
    private static final Pattern DURATION = Pattern.compile(
            "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d{1,2})?)S)?)?");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}(:\\d{2}(:\\d{2}(\\.\\d{1,2})?)?)?(Z|[+-]\\d{2}(:\\d{2})?)?)?)?)?");
    private static final Pattern IDENTIFIER_12 = Pattern.compile("[^\\s]{1,255}");
    private static final Pattern NAV_REQUEST = Pattern.compile(
            "continue|previous|exit|exitAll|abandon|abandonAll|suspendAll|_none_|\\{target=[^}]{1,4000}\\}(choice|jump)");

    /** Why a value was refused: the element and the SCORM error code the API would answer. */
    public record Refusal(String element, int errorCode) {
    }

    private record Rule(Pattern element, Predicate<String> valid, int maxLength) {
    }

    private static final List<Rule> SCORM_12 = List.of(
            rule("cmi\\.core\\.lesson_location", any(), 255),
            // "not attempted" is the LMS's initial value, which a full commit sends back (the API refuses it from the SCO)
            rule("cmi\\.core\\.lesson_status", oneOf("passed", "completed", "failed", "incomplete", "browsed",
                    "not attempted"), 13),
            rule("cmi\\.core\\.exit", oneOf("time-out", "suspend", "logout", ""), 8),
            rule("cmi\\.core\\.session_time", TIMESPAN_12.asMatchPredicate(), 13),
            rule("cmi\\.core\\.score\\.(raw|min|max)", emptyOr(between(0, 100)), 20),
            rule("cmi\\.suspend_data", any(), 4096),
            rule("cmi\\.comments", any(), 4096),
            rule("cmi\\.objectives\\." + N + "\\.id", IDENTIFIER_12.asMatchPredicate(), 255),
            rule("cmi\\.objectives\\." + N + "\\.score\\.(raw|min|max)", emptyOr(between(0, 100)), 20),
            rule("cmi\\.objectives\\." + N + "\\.status",
                    oneOf("passed", "completed", "failed", "incomplete", "browsed", "not attempted"), 13),
            rule("cmi\\.student_preference\\.audio", integerBetween(-1, 100), 4),
            rule("cmi\\.student_preference\\.language", any(), 255),
            rule("cmi\\.student_preference\\.speed", integerBetween(-100, 100), 4),
            rule("cmi\\.student_preference\\.text", integerBetween(-1, 1), 2),
            rule("cmi\\.interactions\\." + N + "\\.id", IDENTIFIER_12.asMatchPredicate(), 255),
            rule("cmi\\.interactions\\." + N + "\\.objectives\\." + N + "\\.id", IDENTIFIER_12.asMatchPredicate(), 255),
            rule("cmi\\.interactions\\." + N + "\\.time", TIME_12.asMatchPredicate(), 11),
            rule("cmi\\.interactions\\." + N + "\\.type", oneOf("true-false", "choice", "fill-in", "matching",
                    "performance", "sequencing", "likert", "numeric"), 11),
            rule("cmi\\.interactions\\." + N + "\\.correct_responses\\." + N + "\\.pattern", any(), 255),
            rule("cmi\\.interactions\\." + N + "\\.weighting", DECIMAL.asMatchPredicate(), 20),
            rule("cmi\\.interactions\\." + N + "\\.student_response", any(), 255),
            rule("cmi\\.interactions\\." + N + "\\.result",
                    oneOf("correct", "wrong", "unanticipated", "neutral").or(DECIMAL.asMatchPredicate()), 20),
            rule("cmi\\.interactions\\." + N + "\\.latency", TIMESPAN_12.asMatchPredicate(), 13));

    private static final List<Rule> SCORM_2004 = List.of(
            rule("cmi\\.location", any(), 1000),
            rule("cmi\\.completion_status", oneOf("completed", "incomplete", "not attempted", "unknown"), 13),
            rule("cmi\\.success_status", oneOf("passed", "failed", "unknown"), 7),
            rule("cmi\\.exit", oneOf("timeout", "suspend", "logout", "normal", ""), 7),
            rule("cmi\\.session_time", DataModel::isDuration, 40),
            rule("cmi\\.score\\.scaled", between(-1, 1), 20),
            rule("cmi\\.score\\.(raw|min|max)", DECIMAL.asMatchPredicate(), 20),
            rule("cmi\\.progress_measure", between(0, 1), 20),
            rule("cmi\\.suspend_data", any(), 64000),
            rule("cmi\\.comments_from_learner\\." + N + "\\.comment", any(), 4250),
            rule("cmi\\.comments_from_learner\\." + N + "\\.location", any(), 250),
            rule("cmi\\.comments_from_learner\\." + N + "\\.timestamp", TIMESTAMP.asMatchPredicate(), 40),
            rule("cmi\\.learner_preference\\.(audio_level|delivery_speed)", between(0, 1_000_000), 20),
            rule("cmi\\.learner_preference\\.language", any(), 250),
            rule("cmi\\.learner_preference\\.audio_captioning", oneOf("-1", "0", "1"), 2),
            rule("cmi\\.interactions\\." + N + "\\.id", nonEmpty(), 4000),
            rule("cmi\\.interactions\\." + N + "\\.type", oneOf("true-false", "choice", "fill-in", "long-fill-in",
                    "matching", "performance", "sequencing", "likert", "numeric", "other"), 12),
            rule("cmi\\.interactions\\." + N + "\\.objectives\\." + N + "\\.id", nonEmpty(), 4000),
            rule("cmi\\.interactions\\." + N + "\\.timestamp", TIMESTAMP.asMatchPredicate(), 40),
            rule("cmi\\.interactions\\." + N + "\\.correct_responses\\." + N + "\\.pattern", any(), 64000),
            rule("cmi\\.interactions\\." + N + "\\.weighting", DECIMAL.asMatchPredicate(), 20),
            rule("cmi\\.interactions\\." + N + "\\.learner_response", any(), 64000),
            rule("cmi\\.interactions\\." + N + "\\.result",
                    oneOf("correct", "incorrect", "unanticipated", "neutral").or(DECIMAL.asMatchPredicate()), 20),
            rule("cmi\\.interactions\\." + N + "\\.latency", DataModel::isDuration, 40),
            rule("cmi\\.interactions\\." + N + "\\.description", any(), 500),
            rule("cmi\\.objectives\\." + N + "\\.id", nonEmpty(), 4000),
            rule("cmi\\.objectives\\." + N + "\\.score\\.scaled", between(-1, 1), 20),
            rule("cmi\\.objectives\\." + N + "\\.score\\.(raw|min|max)", DECIMAL.asMatchPredicate(), 20),
            rule("cmi\\.objectives\\." + N + "\\.success_status", oneOf("passed", "failed", "unknown"), 7),
            rule("cmi\\.objectives\\." + N + "\\.completion_status",
                    oneOf("completed", "incomplete", "not attempted", "unknown"), 13),
            rule("cmi\\.objectives\\." + N + "\\.progress_measure", between(0, 1), 20),
            rule("cmi\\.objectives\\." + N + "\\.description", any(), 500),
            rule("adl\\.nav\\.request", NAV_REQUEST.asMatchPredicate(), 4100));

    private DataModel() {
    }

    /** Whether the SCO may write the element (everything else in a commit is the LMS's or unknown, and ignored). */
    public static boolean writable(ScormVersion version, String element) {
        return ruleFor(version, element).isPresent();
    }

    /** Why the value cannot be stored in the element, if it cannot. */
    public static Optional<Refusal> check(ScormVersion version, String element, String value) {
        Optional<Rule> rule = ruleFor(version, element);
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        if (value == null) {
            return Optional.of(new Refusal(element, version == ScormVersion.SCORM_12 ? SCORM12_TYPE : SCORM2004_TYPE));
        }
        if (value.length() > rule.get().maxLength()) {
            return Optional.of(new Refusal(element, version == ScormVersion.SCORM_12 ? SCORM12_TYPE : SCORM2004_TOO_LONG));
        }
        if (!rule.get().valid().test(value)) {
            boolean outOfRange = version == ScormVersion.SCORM_2004 && DECIMAL.matcher(value).matches();
            return Optional.of(new Refusal(element, version == ScormVersion.SCORM_12 ? SCORM12_TYPE
                    : outOfRange ? SCORM2004_RANGE : SCORM2004_TYPE));
        }
        return Optional.empty();
    }

    /** Seconds in a 1.2 CMITimespan ("0001:30:05.5") or a 2004 ISO 8601 duration ("PT1H30M5.5S"); 0 if neither. */
    public static double seconds(ScormVersion version, String timespan) {
        if (timespan == null) {
            return 0;
        }
        if (version == ScormVersion.SCORM_12) {
            Matcher m = TIMESPAN_12.matcher(timespan);
            if (!m.matches()) {
                return 0;
            }
            return Integer.parseInt(m.group(1)) * 3600.0 + Integer.parseInt(m.group(2)) * 60.0 + Integer.parseInt(m.group(3))
                    + (m.group(4) == null ? 0 : Double.parseDouble(m.group(4)));
        }
        Matcher m = DURATION.matcher(timespan);
        if (!m.matches() || !isDuration(timespan)) {
            return 0;
        }
        double[] unit = {365 * 86400.0, 30 * 86400.0, 86400, 3600, 60, 1};
        double total = 0;
        for (int i = 0; i < unit.length; i++) {
            if (m.group(i + 1) != null) {
                total += Double.parseDouble(m.group(i + 1)) * unit[i];
            }
        }
        return total;
    }

    /** Seconds written as the edition writes a total time. */
    public static String timespan(ScormVersion version, double seconds) {
        long centis = Math.round(seconds * 100);
        long hours = centis / 360_000;
        long minutes = centis / 6000 % 60;
        double secs = centis % 6000 / 100.0;
        if (version == ScormVersion.SCORM_12) {
            return String.format(java.util.Locale.ROOT, "%04d:%02d:%05.2f", Math.min(hours, 9999), minutes, secs);
        }
        return String.format(java.util.Locale.ROOT, "PT%dH%dM%sS", hours, minutes,
                java.math.BigDecimal.valueOf(secs).stripTrailingZeros().toPlainString());
    }

    /** Only the writable elements of a commit, in order; LMS-owned and unknown keys are dropped. */
    public static Map<String, String> writableOf(ScormVersion version, Map<String, String> commit) {
        Map<String, String> kept = new LinkedHashMap<>();
        commit.forEach((element, value) -> {
            if (writable(version, element)) {
                kept.put(element, value);
            }
        });
        return kept;
    }

    private static boolean isDuration(String value) {
        // "P" and "PT" alone name no duration; a T must be followed by a component
        return DURATION.matcher(value).matches() && !value.equals("P") && !value.endsWith("T");
    }

    private static Optional<Rule> ruleFor(ScormVersion version, String element) {
        if (element == null) {
            return Optional.empty();
        }
        return (version == ScormVersion.SCORM_12 ? SCORM_12 : SCORM_2004).stream()
                .filter(rule -> rule.element().matcher(element).matches()).findFirst();
    }

    private static Rule rule(String element, Predicate<String> valid, int maxLength) {
        return new Rule(Pattern.compile(element), valid, maxLength);
    }

    private static Predicate<String> any() {
        return value -> true;
    }

    private static Predicate<String> nonEmpty() {
        return value -> !value.isBlank();
    }

    private static Predicate<String> oneOf(String... values) {
        Set<String> allowed = Set.of(values);
        return allowed::contains;
    }

    private static Predicate<String> emptyOr(Predicate<String> valid) {
        return value -> value.isEmpty() || valid.test(value);
    }

    private static Predicate<String> between(double min, double max) {
        return value -> {
            if (!DECIMAL.matcher(value).matches()) {
                return false;
            }
            double number = Double.parseDouble(value);
            return number >= min && number <= max;
        };
    }

    private static Predicate<String> integerBetween(int min, int max) {
        return value -> value.matches("-?\\d{1,3}") && Integer.parseInt(value) >= min && Integer.parseInt(value) <= max;
    }
}
