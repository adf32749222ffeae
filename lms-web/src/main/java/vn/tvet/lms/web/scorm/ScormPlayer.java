package vn.tvet.lms.web.scorm;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.tvet.lms.classes.ClassRuleException;
import vn.tvet.lms.library.packaging.PackageRejectedException;
import vn.tvet.lms.scorm.NothingToDeliverException;
import vn.tvet.lms.scorm.PackageStructure;
import vn.tvet.lms.scorm.ScoLockedException;
import vn.tvet.lms.scorm.ScormRuntime;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.learning.LessonPlayerPage;
import vn.tvet.lms.web.platform.ContentOrigin;

/**
 * A SCORM package in the lesson player: launches the SCO asked for (request parameter {@code sco}, else the first)
 * and gives the page the content origin's URL to frame, and the organization's items for a package of several SCOs.
 * Each page view is a new launch; the attempt it continues is the learner's current one.
 */
@Named
@ViewScoped
public class ScormPlayer implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    LessonPlayerPage player;

    @Inject
    ScormRuntime runtime;

    @Inject
    ContentOrigin contentOrigin;

    private transient Launched launched;

    /** The launch shown in this view; null when the package cannot run (no content origin, a broken manifest). */
    public Launched getLaunch() {
        if (launched == null && contentOrigin.configured()) {
            var parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
            String sco = parameters.get("sco");
            String nav = parameters.get("nav");
            try {
                ScormRuntime.Launch launch = runtime.launch(currentUser.viewer(), player.getSchoolId(), player.getClassId(),
                        player.getIndex(), sco == null || sco.isBlank() ? null : sco,
                        "continue".equals(nav) || "previous".equals(nav) ? nav : null);
                launched = new Launched(contentOrigin.url() + "/content/" + launch.token() + "/",
                        launch.structure().items().stream().filter(PackageStructure.Item::visible)
                                .map(item -> new Entry(item.identifier(), item.title(), item.depth(),
                                        launch.linkable().contains(item.identifier()),
                                        item.identifier().equals(launch.sco().identifier()),
                                        launch.statuses().getOrDefault(item.identifier(), "not attempted"),
                                        launch.locked().contains(item.identifier())))
                                .toList(), null, launch.sco().identifier(), launch.hasPrevious(), launch.hasNext(), null);
            } catch (ScoLockedException e) {
                launched = new Launched(null, List.of(), e.scoTitle(), null, false, false, null);
            } catch (NothingToDeliverException e) {
                launched = new Launched(null, List.of(), null, null, false, false, e.request());
            } catch (ClassRuleException | PackageRejectedException e) {
                return null;
            }
        }
        return launched;
    }

    /**
     * The content origin's runtime page for this launch, the organization's visible items, the SCO launched, and
     * whether sequencing offers the previous and the next activity; {@code lockedTitle} or {@code ended} (the
     * navigation request that delivered nothing) when nothing was launched.
     */
    public record Launched(String url, List<Entry> items, String lockedTitle, String current, boolean hasPrevious,
            boolean hasNext, String ended) {

        /** Whether the organization has more than one item to show. */
        public boolean several() {
            return items.size() > 1;
        }
    }

    /** One item of the organization as the player lists it; {@code launchable}: the learner may open it from the list. */
    public record Entry(String identifier, String title, int depth, boolean launchable, boolean current, String status,
            boolean locked) {

        /** Done as far as the package's completion goes. */
        public boolean done() {
            return status.equals("passed") || status.equals("completed");
        }
    }

    /** The content origin, which the player accepts messages from. */
    public String getOrigin() {
        return contentOrigin.url();
    }

    /** The runtime page said a commit was stored: the step's status and progress are read again. */
    public void reported() {
        player.refresh();
    }
}
