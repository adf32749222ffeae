package vn.tvet.lms.learning;

import java.time.LocalDate;
import vn.tvet.lms.classes.ActivitySettings;
import vn.tvet.lms.classes.CompletionRule;
import vn.tvet.lms.courseware.ModuleContent;

/**
 * One activity of a class's module version, in the order the learner meets it: its place (lesson and activity
 * number, from 0), its lesson's title, the activity, the IRI its statements name, whether the learner has
 * completed it, and what the class's teachers set for it.
 */
public record LessonStep(int index, int lesson, int activity, String lessonTitle, ModuleContent.Activity content,
        String activityId, boolean completed, Integer requiresStep, boolean locked, ActivitySettings settings) {

    /** Not done and its due date has passed. */
    public boolean overdueOn(LocalDate today) {
        return !completed && dueOn() != null && today.isAfter(dueOn());
    }

    public LocalDate dueOn() {
        return settings.dueOn();
    }

    public Integer passPercent() {
        return settings.passPercent();
    }

    /** What completes the step: the teachers' rule, else its kind's default. */
    public CompletionRule completion() {
        CompletionRule set = settings.completionSet();
        return set == null ? CompletionRule.defaultFor(content.kind()) : set;
    }

    public int watchPercent() {
        return settings.watchPercent();
    }

    /** Whether the module can be completed without this step. */
    public boolean optional() {
        return settings.optional();
    }
}
