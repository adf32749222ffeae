package vn.tvet.lms.classes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a class's teachers set for one activity: when it is due, which activity must be completed before it opens,
 * and for a quiz the percentage that passes, the time limit, how many attempts, how attempts make the grade, when
 * it opens and closes, and what learners see after an attempt; what completes it (and for a video the share to
 * watch), and whether the module can be completed without it. Any part may be empty (the defaults: no limit,
 * unlimited attempts, the highest grade, always open, feedback shown, the kind's usual completion, required);
 * replaced whole, never changed in place.
 */
@Embeddable
public class ActivitySettings {

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "requires_activity_id", length = 2000)
    private String requiresActivityId;

    @Column(name = "pass_percent")
    private Integer passPercent;

    @Column(name = "time_limit_minutes")
    private Integer timeLimitMinutes;

    @Column(name = "max_attempts")
    private Integer maxAttempts;

    @Enumerated(EnumType.STRING)
    @Column(name = "grading_method", length = 10)
    private GradingMethod gradingMethod;

    @Column(name = "opens_at")
    private Instant opensAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "review", length = 20)
    private ReviewOption review;

    @Enumerated(EnumType.STRING)
    @Column(name = "completion", length = 12)
    private CompletionRule completion;

    @Column(name = "watch_percent")
    private Integer watchPercent;

    @Column(name = "optional_activity", nullable = false)
    private boolean optional;

    protected ActivitySettings() {
        // for JPA
    }

    public ActivitySettings(LocalDate dueOn, String requiresActivityId, Integer passPercent) {
        this(dueOn, requiresActivityId, passPercent, null, null, null, null, null, null);
    }

    public ActivitySettings(LocalDate dueOn, String requiresActivityId, Integer passPercent, Integer timeLimitMinutes,
            Integer maxAttempts, GradingMethod gradingMethod, Instant opensAt, Instant closesAt, ReviewOption review) {
        if (passPercent != null && (passPercent < 0 || passPercent > 100)) {
            throw new ClassRuleException(ClassRuleException.Reason.BAD_PASS_PERCENT, String.valueOf(passPercent));
        }
        if (timeLimitMinutes != null && (timeLimitMinutes < 1 || timeLimitMinutes > 1440)
                || maxAttempts != null && (maxAttempts < 1 || maxAttempts > 100)
                || opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            throw new ClassRuleException(ClassRuleException.Reason.BAD_QUIZ_SETTINGS,
                    timeLimitMinutes + " min, " + maxAttempts + " attempts, " + opensAt + " to " + closesAt);
        }
        this.dueOn = dueOn;
        this.requiresActivityId = requiresActivityId == null || requiresActivityId.isBlank() ? null : requiresActivityId;
        this.passPercent = passPercent;
        this.timeLimitMinutes = timeLimitMinutes;
        this.maxAttempts = maxAttempts;
        this.gradingMethod = gradingMethod;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.review = review;
    }

    /** The same settings with another completion rule (null: the kind's default) and share to watch. */
    public ActivitySettings withCompletion(CompletionRule rule, Integer percentToWatch, boolean optionalActivity) {
        if (percentToWatch != null && (percentToWatch < 1 || percentToWatch > 100)) {
            throw new ClassRuleException(ClassRuleException.Reason.BAD_PASS_PERCENT, "watch " + percentToWatch);
        }
        ActivitySettings copy = copy();
        copy.completion = rule;
        copy.watchPercent = rule == CompletionRule.WATCHED ? percentToWatch : null;
        copy.optional = optionalActivity;
        return copy;
    }

    /** The same settings with another due date, prerequisite and pass percentage. */
    public ActivitySettings withSchedule(LocalDate due, String requires, Integer pass) {
        ActivitySettings copy = new ActivitySettings(due, requires, pass, timeLimitMinutes, maxAttempts, gradingMethod,
                opensAt, closesAt, review);
        return copy.withCompletion(completion, watchPercent, optional);
    }

    /** The same settings with a quiz's other rules replaced. */
    public ActivitySettings withQuizRules(Integer limit, Integer attempts, GradingMethod grading, Instant opens,
            Instant closes, ReviewOption reviewOption) {
        ActivitySettings copy = new ActivitySettings(dueOn, requiresActivityId, passPercent, limit, attempts, grading, opens,
                closes, reviewOption);
        return copy.withCompletion(completion, watchPercent, optional);
    }

    private ActivitySettings copy() {
        ActivitySettings copy = new ActivitySettings(dueOn, requiresActivityId, passPercent, timeLimitMinutes, maxAttempts,
                gradingMethod, opensAt, closesAt, review);
        copy.completion = completion;
        copy.watchPercent = watchPercent;
        copy.optional = optional;
        return copy;
    }

    public static final ActivitySettings NONE = new ActivitySettings(null, null, null);

    public boolean isEmpty() {
        return equals(NONE);
    }

    public Integer timeLimitMinutes() {
        return timeLimitMinutes;
    }

    public Integer maxAttempts() {
        return maxAttempts;
    }

    public GradingMethod gradingMethod() {
        return gradingMethod == null ? GradingMethod.HIGHEST : gradingMethod;
    }

    /** The grading method as set, null for the default. */
    public GradingMethod gradingMethodSet() {
        return gradingMethod;
    }

    /** The review option as set, null for the default. */
    public ReviewOption reviewSet() {
        return review;
    }

    public Instant opensAt() {
        return opensAt;
    }

    public Instant closesAt() {
        return closesAt;
    }

    public ReviewOption review() {
        return review == null ? ReviewOption.FEEDBACK : review;
    }

    /** The completion rule as set, null for the kind's default. */
    public CompletionRule completionSet() {
        return completion;
    }

    /** The share of a video or audio to watch, when the rule is {@link CompletionRule#WATCHED}. */
    public int watchPercent() {
        return watchPercent == null ? CompletionRule.DEFAULT_WATCH_PERCENT : watchPercent;
    }

    /** Whether the module can be completed without this activity. */
    public boolean optional() {
        return optional;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String requiresActivityId() {
        return requiresActivityId;
    }

    public Integer passPercent() {
        return passPercent;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ActivitySettings that && Objects.equals(dueOn, that.dueOn)
                && Objects.equals(requiresActivityId, that.requiresActivityId) && Objects.equals(passPercent, that.passPercent)
                && Objects.equals(timeLimitMinutes, that.timeLimitMinutes) && Objects.equals(maxAttempts, that.maxAttempts)
                && gradingMethod == that.gradingMethod && Objects.equals(opensAt, that.opensAt)
                && Objects.equals(closesAt, that.closesAt) && review == that.review && completion == that.completion
                && Objects.equals(watchPercent, that.watchPercent) && optional == that.optional;
    }

    @Override
    public int hashCode() {
        return Objects.hash(dueOn, requiresActivityId, passPercent, timeLimitMinutes, maxAttempts, gradingMethod, opensAt,
                closesAt, review, completion, watchPercent, optional);
    }
}
