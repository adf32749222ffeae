package vn.tvet.lms.scorm;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the SCORM specifications leave to the LMS: the values a SCO finds at launch (its identity, credit and mode,
 * how it is entered, what the manifest says), the statuses the LMS derives (2004's completion threshold and scaled
 * passing score), and the status the LMS sets when a SCO ends without one (1.2 RTE 3.4.4: "completed", then passed
 * or failed against the mastery score; 2004 End Attempt Process: completed and satisfied unless the content is set to
 * report them).
 */
public final class LmsRules {

    /** The statuses progress reads, whatever the edition: completion, success and the scaled score (null: none). */
    public record Statuses(String completion, String success, Double scaled) {
    }

    private LmsRules() {
    }

    /** How the SCO enters this session: "ab-initio" first, "resume" after a suspend, "" otherwise. */
    static String entry(int sessions, String lastExit) {
        if (sessions == 0) {
            return "ab-initio";
        }
        return "suspend".equals(lastExit) ? "resume" : "";
    }

    /** Everything the SCO reads at launch, flattened as scorm-again loads it. */
    static Map<String, String> initialValues(ScormVersion version, PackageStructure.Item item, Map<String, String> stored,
            String learnerId, String learnerName, String entry, double totalSeconds) {
        Map<String, String> values = new LinkedHashMap<>(stored);
        if (version == ScormVersion.SCORM_12) {
            values.put("cmi.core.student_id", learnerId);
            values.put("cmi.core.student_name", learnerName);
            values.put("cmi.core.credit", "credit");
            values.put("cmi.core.lesson_mode", "normal");
            values.put("cmi.core.entry", entry);
            values.put("cmi.core.total_time", DataModel.timespan(version, totalSeconds));
            values.putIfAbsent("cmi.core.lesson_status", "not attempted");
            putIfSet(values, "cmi.launch_data", item.launchData());
            putIfSet(values, "cmi.student_data.mastery_score", item.masteryScore() == null ? null : plain(item.masteryScore()));
            putIfSet(values, "cmi.student_data.max_time_allowed", item.maxTimeAllowed());
            putIfSet(values, "cmi.student_data.time_limit_action", item.timeLimitAction());
            // a new session starts without the last one's exit and session time
            values.remove("cmi.core.exit");
            values.remove("cmi.core.session_time");
            return values;
        }
        values.put("cmi.learner_id", learnerId);
        values.put("cmi.learner_name", learnerName);
        values.put("cmi.credit", "credit");
        values.put("cmi.mode", "normal");
        values.put("cmi.entry", entry);
        values.put("cmi.total_time", DataModel.timespan(version, totalSeconds));
        values.putIfAbsent("cmi.completion_status", "unknown");
        values.putIfAbsent("cmi.success_status", "unknown");
        putIfSet(values, "cmi.launch_data", item.launchData());
        putIfSet(values, "cmi.completion_threshold", item.completionThreshold() == null ? null : plain(item.completionThreshold()));
        putIfSet(values, "cmi.scaled_passing_score", item.scaledPassingScore() == null ? null : plain(item.scaledPassingScore()));
        putIfSet(values, "cmi.max_time_allowed", item.maxTimeAllowed());
        putIfSet(values, "cmi.time_limit_action", item.timeLimitAction());
        values.remove("cmi.exit");
        values.remove("cmi.session_time");
        values.remove("adl.nav.request");
        return values;
    }

    /** The statuses the stored elements say, with the LMS's own evaluation of 2004's threshold and passing score. */
    static Statuses statuses(ScormVersion version, PackageStructure.Item item, Map<String, String> data) {
        if (version == ScormVersion.SCORM_12) {
            String status = data.getOrDefault("cmi.core.lesson_status", "not attempted");
            Double raw = number(data.get("cmi.core.score.raw"));
            Double max = number(data.get("cmi.core.score.max"));
            Double min = number(data.get("cmi.core.score.min"));
            Double scaled = raw == null ? null : scaled12(raw, min, max);
            return switch (status) {
                case "passed" -> new Statuses("completed", "passed", scaled);
                case "failed" -> new Statuses("completed", "failed", scaled);
                case "completed" -> new Statuses("completed", "unknown", scaled);
                case "incomplete", "browsed" -> new Statuses("incomplete", "unknown", scaled);
                default -> new Statuses("not attempted", "unknown", scaled);
            };
        }
        String completion = data.getOrDefault("cmi.completion_status", "unknown");
        Double progress = number(data.get("cmi.progress_measure"));
        if (item.completionThreshold() != null && progress != null) {
            completion = progress >= item.completionThreshold() ? "completed" : "incomplete";
        }
        String success = data.getOrDefault("cmi.success_status", "unknown");
        Double scaled = number(data.get("cmi.score.scaled"));
        if (item.scaledPassingScore() != null) {
            success = scaled == null ? "unknown" : scaled >= item.scaledPassingScore() ? "passed" : "failed";
        }
        return new Statuses(completion, success, scaled);
    }

    /**
     * The elements after the SCO ended its session ({@code attemptEnds}: 2004's attempt is over, it did not suspend),
     * with the status the LMS sets where the SCO set none.
     */
    static Map<String, String> afterTermination(ScormVersion version, PackageStructure.Item item, Map<String, String> data,
            boolean attemptEnds) {
        Map<String, String> values = new LinkedHashMap<>(data);
        if (version == ScormVersion.SCORM_12) {
            String status = values.getOrDefault("cmi.core.lesson_status", "not attempted");
            if (status.equals("not attempted")) {
                status = "completed";
            }
            Double raw = number(values.get("cmi.core.score.raw"));
            if (!status.equals("incomplete") && item.masteryScore() != null && raw != null) {
                status = raw >= item.masteryScore() ? "passed" : "failed";
            }
            values.put("cmi.core.lesson_status", status);
            return values;
        }
        if (attemptEnds) {
            Statuses now = statuses(version, item, values);
            if (!item.completionSetByContent() && (now.completion().equals("unknown") || now.completion().equals("not attempted"))) {
                values.put("cmi.completion_status", "completed");
            }
            if (!item.objectiveSetByContent() && now.success().equals("unknown")) {
                values.put("cmi.success_status", "passed");
            }
        }
        return values;
    }

    /** Whether the attempt is over once the SCO ended its session with this exit and these statuses. */
    static boolean attemptOver(ScormVersion version, String exit, Statuses statuses) {
        if ("suspend".equals(exit)) {
            return false;
        }
        if (version == ScormVersion.SCORM_2004) {
            return true;
        }
        return statuses.completion().equals("completed") && !statuses.success().equals("failed")
                || statuses.success().equals("passed");
    }

    private static Double scaled12(double raw, Double min, Double max) {
        double low = min == null ? 0 : min;
        double high = max == null ? 100 : max;
        return high > low ? Math.max(-1, Math.min(1, (raw - low) / (high - low))) : null;
    }

    private static void putIfSet(Map<String, String> values, String element, String value) {
        if (value != null) {
            values.put(element, value);
        }
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static Double number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
