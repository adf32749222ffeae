package vn.tvet.lms.courseware;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which activities of a newer version are the same as an earlier version's: the same kind, title and library
 * item, taken in order (the first unmatched one wins), wherever the lesson now puts them. A class moved to the
 * newer version keeps its settings and its learners' completions for those activities; the others start afresh.
 */
public final class ActivityMatch {

    private ActivityMatch() {
    }

    /** The earlier version's activity IRIs mapped to the newer version's; unmatched activities are left out. */
    public static Map<String, String> between(ModuleVersion earlier, ModuleVersion newer) {
        List<Slot> candidates = slotsOf(newer);
        Map<String, String> match = new LinkedHashMap<>();
        for (Slot old : slotsOf(earlier)) {
            for (int i = 0; i < candidates.size(); i++) {
                if (candidates.get(i).sameAs(old)) {
                    match.put(old.id(), candidates.remove(i).id());
                    break;
                }
            }
        }
        return match;
    }

    private static List<Slot> slotsOf(ModuleVersion version) {
        List<Slot> slots = new ArrayList<>();
        ModuleContent content = version.content();
        for (int l = 0; l < content.lessons().size(); l++) {
            List<ModuleContent.Activity> activities = content.lessons().get(l).activities();
            for (int a = 0; a < activities.size(); a++) {
                slots.add(new Slot(ActivityIds.of(version.getId(), l, a), activities.get(a)));
            }
        }
        return slots;
    }

    private record Slot(String id, ModuleContent.Activity activity) {

        boolean sameAs(Slot other) {
            return activity.kind() == other.activity.kind() && activity.title().equals(other.activity.title())
                    && Objects.equals(activity.resourceId(), other.activity.resourceId());
        }
    }
}
