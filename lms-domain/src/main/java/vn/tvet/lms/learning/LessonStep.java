package vn.tvet.lms.learning;

import vn.tvet.lms.courseware.ModuleContent;

/**
 * One activity of a class's module version, in the order the learner meets it: its place (lesson and activity
 * number, from 0), its lesson's title, the activity, the IRI its statements name, and whether the learner has
 * completed it.
 */
public record LessonStep(int index, int lesson, int activity, String lessonTitle, ModuleContent.Activity content,
        String activityId, boolean completed) {

    /** The activity IRI: stable for the version (published versions never change), independent of the host name. */
    public static String activityId(long versionId, int lesson, int activity) {
        return moduleVersionId(versionId) + ":lesson:" + (lesson + 1) + ":activity:" + (activity + 1);
    }

    public static String moduleVersionId(long versionId) {
        return "urn:tvet-lms:module-version:" + versionId;
    }
}
