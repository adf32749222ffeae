package vn.tvet.lms.web.courseware;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import vn.tvet.lms.courseware.ModuleAuthoring;
import vn.tvet.lms.courseware.ModuleLearner;
import vn.tvet.lms.courseware.ModuleVersion;
import vn.tvet.lms.web.platform.Texts;

/** The editor's published versions, and the learners on each, who move to a newer one only when the teacher says. */
@Named
@ViewScoped
public class ModuleVersionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ModuleDraft draft;

    @Inject
    ModuleAuthoring authoring;

    @Inject
    Texts texts;

    private String publishNote;

    public void publish() {
        if (draft.change(() -> texts.info("modules.published",
                authoring.publish(draft.viewer(), draft.schoolId(), draft.moduleId(), publishNote).getNumber()))) {
            publishNote = null;
        }
    }

    public List<ModuleVersion> getVersions() {
        return draft.derived("versions", () -> authoring.versions(draft.schoolId(), draft.moduleId()));
    }

    public List<ModuleLearner> getLearners() {
        return draft.derived("learners", () -> authoring.learners(draft.schoolId(), draft.moduleId()));
    }

    /** Moves one learner, or every learner when {@code learnerId} is null, to the newest version. */
    public void migrate(Long learnerId) {
        draft.change(() -> texts.info("modules.migrated", authoring.migrateLearners(draft.viewer(), draft.schoolId(),
                draft.moduleId(), learnerId == null ? Set.of() : Set.of(learnerId)),
                draft.getModule().getPublishedVersion()));
    }

    public String getPublishNote() {
        return publishNote;
    }

    public void setPublishNote(String publishNote) {
        this.publishNote = publishNote;
    }
}
