package vn.tvet.lms.classes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a class's teachers set for one activity: when it is due, which activity must be completed before it opens,
 * and (for a quiz) the percentage of right answers that passes. Any part may be empty; replaced whole, never
 * changed in place.
 */
@Embeddable
public class ActivitySettings {

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "requires_activity_id", length = 2000)
    private String requiresActivityId;

    @Column(name = "pass_percent")
    private Integer passPercent;

    protected ActivitySettings() {
        // for JPA
    }

    public ActivitySettings(LocalDate dueOn, String requiresActivityId, Integer passPercent) {
        if (passPercent != null && (passPercent < 0 || passPercent > 100)) {
            throw new ClassRuleException(ClassRuleException.Reason.BAD_PASS_PERCENT, String.valueOf(passPercent));
        }
        this.dueOn = dueOn;
        this.requiresActivityId = requiresActivityId == null || requiresActivityId.isBlank() ? null : requiresActivityId;
        this.passPercent = passPercent;
    }

    public static final ActivitySettings NONE = new ActivitySettings(null, null, null);

    public boolean isEmpty() {
        return dueOn == null && requiresActivityId == null && passPercent == null;
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
                && Objects.equals(requiresActivityId, that.requiresActivityId) && Objects.equals(passPercent, that.passPercent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dueOn, requiresActivityId, passPercent);
    }
}
