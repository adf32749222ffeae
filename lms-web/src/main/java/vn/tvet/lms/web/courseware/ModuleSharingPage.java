package vn.tvet.lms.web.courseware;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import vn.tvet.lms.courseware.ModuleSharing;
import vn.tvet.lms.web.platform.Texts;

/** The editor's sharing: offering the module to every school, and taking a newer version of the module it copies. */
@Named
@ViewScoped
public class ModuleSharingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ModuleDraft draft;

    @Inject
    ModuleSharing sharing;

    @Inject
    ModuleEditorPage editor;

    @Inject
    ModuleLessonsPage lessons;

    @Inject
    Texts texts;

    public void askToShare() {
        if (draft.change(() -> sharing.askToShare(draft.viewer(), draft.schoolId(), draft.moduleId()))) {
            texts.info("modules.shareRequested");
        }
    }

    public void stopSharing() {
        draft.change(() -> sharing.stopSharing(draft.viewer(), draft.schoolId(), draft.moduleId()));
    }

    /** The newer version of the module this one copies, or null when there is none. */
    public ModuleSharing.UpstreamUpdate getUpstreamUpdate() {
        Optional<ModuleSharing.UpstreamUpdate> update = draft.derived("upstreamUpdate",
                () -> sharing.upstreamUpdate(draft.schoolId(), draft.moduleId()));
        return update.orElse(null);
    }

    /** Replaces the draft by the upstream's newest version; the editor then shows the new title and lessons. */
    public void takeUpstream() {
        draft.change(() -> texts.info("modules.tookUpstream",
                sharing.takeUpstream(draft.viewer(), draft.schoolId(), draft.moduleId())));
        editor.showModule();
        lessons.openFirstLesson();
    }
}
