package vn.tvet.lms.web.courseware;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import vn.tvet.lms.library.LibraryReading;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.Texts;

/**
 * The title of a library item a module points at, resolved for the person looking when the page is shown.
 * A module keeps only the item's id as its content: a title copied in when it was added could reveal an item
 * some readers may not see (a linked copy in another school, a teacher of two schools) and would not follow
 * the item's reviewed changes.
 */
@Named
@RequestScoped
public class LibraryItemTitles {

    @Inject
    CurrentUser currentUser;

    @Inject
    LibraryReading reading;

    @Inject
    Texts texts;

    private final Map<Long, String> titles = new HashMap<>();

    public String of(Long resourceId) {
        if (resourceId == null) {
            return texts.get("modules.resourceHidden");
        }
        return titles.computeIfAbsent(resourceId, id -> reading.visibleTitle(currentUser.viewer(), id)
                .orElseGet(() -> texts.get("modules.resourceHidden")));
    }

    /** An activity's title as a learner reads it: a library item's own (visible) title, or the activity's. */
    public String ofActivity(vn.tvet.lms.courseware.ModuleContent.Activity activity) {
        return activity.kind() == vn.tvet.lms.courseware.ActivityKind.RESOURCE ? of(activity.resourceId())
                : activity.title();
    }
}
