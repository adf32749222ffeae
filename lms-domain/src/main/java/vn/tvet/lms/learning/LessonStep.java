package vn.tvet.lms.learning;

import java.time.LocalDate;
import vn.tvet.lms.courseware.ModuleContent;

/**
 * One activity of a class's module version, in the order the learner meets it: its place (lesson and activity
 * number, from 0), its lesson's title, the activity, the IRI its statements name, and whether the learner has
 * completed it.
 */
public record LessonStep(int index, int lesson, int activity, String lessonTitle, ModuleContent.Activity content,
        String activityId, boolean completed, LocalDate dueOn, Integer requiresStep, boolean locked, Integer passPercent) {

    /** Not done and its due date has passed. */
    public boolean overdueOn(LocalDate today) {
        return !completed && dueOn != null && today.isAfter(dueOn);
    }
}
