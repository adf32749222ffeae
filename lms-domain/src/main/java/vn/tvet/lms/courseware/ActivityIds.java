package vn.tvet.lms.courseware;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The IRIs that name a published version's activities in the learning record. Stable for the version (published
 * versions never change) and independent of the host name, so a record stays readable after a move.
 */
public final class ActivityIds {

    private ActivityIds() {
    }

    public static String ofVersion(long versionId) {
        return "urn:tvet-lms:module-version:" + versionId;
    }

    /** The activity at lesson and activity positions counted from 0. */
    public static String of(long versionId, int lesson, int activity) {
        return ofVersion(versionId) + ":lesson:" + (lesson + 1) + ":activity:" + (activity + 1);
    }

    /** Every activity of the version, in order. */
    public static Set<String> allOf(ModuleVersion version) {
        Set<String> ids = new LinkedHashSet<>();
        ModuleContent content = version.content();
        for (int l = 0; l < content.lessons().size(); l++) {
            for (int a = 0; a < content.lessons().get(l).activities().size(); a++) {
                ids.add(of(version.getId(), l, a));
            }
        }
        return ids;
    }
}
