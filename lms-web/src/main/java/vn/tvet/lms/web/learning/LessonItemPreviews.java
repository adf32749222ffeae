package vn.tvet.lms.web.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Optional;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.library.LearningResource;
import vn.tvet.lms.library.LibraryReading;
import vn.tvet.lms.library.ResourceNotFoundException;
import vn.tvet.lms.library.ResourceType;
import vn.tvet.lms.library.ResourceVersion;
import vn.tvet.lms.web.library.PreviewKind;
import vn.tvet.lms.xapi.LrsLaunches;

/**
 * How the lesson player shows a step's library item in place: the library's preview kind, except that a SCORM
 * package plays through the runtime on the content origin ({@code scorm}), a cmi5 course lists its AUs to launch
 * ({@code cmi5}), and an item the learner may not read is
 * {@code hidden}; an HTML5 package or simulation gets the xAPI launch parameters with a token for this learner and
 * step only, as it reports to the LRS itself.
 */
@ApplicationScoped
public class LessonItemPreviews {

    @Inject
    LibraryReading reading;

    @Inject
    LrsLaunches launches;

    /** A library item in the player: how it previews, its title, where a package plays and where a link goes. */
    public record ItemPreview(long id, String kind, String title, String playUrl, String linkUrl) implements Serializable {
    }

    ItemPreview of(Viewer learner, long schoolId, long classId, int stepIndex, long resourceId) {
        LearningResource resource;
        try {
            resource = reading.item(learner, resourceId);
        } catch (ResourceNotFoundException e) {
            return new ItemPreview(resourceId, "hidden", null, null, null);
        }
        Optional<ResourceVersion> latest = resource.latestVersionFor(learner);
        boolean packaged = latest.map(ResourceVersion::isPackage).orElse(false);
        String kind = resource.getType() == ResourceType.SCORM_PACKAGE && packaged ? "scorm"
                : resource.getType() == ResourceType.CMI5_PACKAGE && packaged ? "cmi5"
                : PreviewKind.of(resource.getType(), latest);
        String playUrl = latest.filter(ResourceVersion::isPackage).map(v -> "/library/play/" + resourceId + "/"
                + v.getNumber() + "/" + v.getEntryPoint() + launchParameters(resource, learner, schoolId, classId, stepIndex))
                .orElse(null);
        return new ItemPreview(resourceId, kind, resource.getTitle(), playUrl,
                resource.getType() == ResourceType.LINK ? resource.getLinkUrl() : null);
    }

    private String launchParameters(LearningResource resource, Viewer learner, long schoolId, long classId, int stepIndex) {
        if (resource.getType() != ResourceType.HTML5_PACKAGE && resource.getType() != ResourceType.SIMULATION) {
            return "";
        }
        return "?" + launches.issue(learner, schoolId, classId, stepIndex).query();
    }
}
