package vn.tvet.lms.classes;

import java.util.List;
import vn.tvet.lms.courseware.ActivityKind;

/**
 * How a learner completes one activity of a class, chosen by its teachers among those that fit the activity's
 * kind. Every rule ends in a completed or passed statement in the learning record, which progress is read from.
 */
public enum CompletionRule {
    /** The learner says they are done ("Đánh dấu hoàn thành"). */
    SELF_MARKED,
    /** Opening the activity completes it. */
    VIEWED,
    /** A video or audio item played to a share of its length (seeking past parts does not count them). */
    WATCHED,
    /** A quiz's grade reaches the pass mark. */
    PASSED,
    /**
     * A SCORM package reports completed (and not failed) or passed through its runtime, for each of its SCOs.
     * Offered for SCORM packages only: other packages have no runtime to report through.
     */
    PACKAGE,
    /** A teacher marks the practical task achieved. */
    MARKED;

    /** Watched to this share unless the teachers say otherwise. */
    public static final int DEFAULT_WATCH_PERCENT = 90;

    /** What completes an activity of this kind when its teachers chose nothing. */
    public static CompletionRule defaultFor(ActivityKind kind) {
        return switch (kind) {
            case QUIZ -> PASSED;
            case PRACTICAL_TASK -> MARKED;
            case PAGE, RESOURCE -> SELF_MARKED;
        };
    }

    /** The rules an activity of this kind can have now (a library item's own kind narrows them further). */
    public static List<CompletionRule> allowedFor(ActivityKind kind) {
        return switch (kind) {
            case QUIZ -> List.of(PASSED);
            case PRACTICAL_TASK -> List.of(MARKED);
            case PAGE -> List.of(SELF_MARKED, VIEWED);
            case RESOURCE -> List.of(SELF_MARKED, VIEWED, WATCHED, PACKAGE);
        };
    }

    /** Whether the learner's own "done" completes the activity (viewing already would). */
    public boolean learnerMayMarkDone() {
        return this == SELF_MARKED || this == VIEWED;
    }
}
