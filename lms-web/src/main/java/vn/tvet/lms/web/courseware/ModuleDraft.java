package vn.tvet.lms.web.courseware;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tvet.lms.courseware.CourseModule;
import vn.tvet.lms.courseware.ModuleAuthoring;
import vn.tvet.lms.courseware.ModuleNotFoundException;
import vn.tvet.lms.web.platform.EditorDraft;

/**
 * The module the editor shows, shared by the editor's sections ({@link ModuleEditorPage},
 * {@link ModuleOutcomesPage}, {@link ModuleLessonsPage}, {@link ModuleActivitiesPage},
 * {@link ModuleVersionsPage}, {@link ModuleSharingPage}).
 */
@Named
@ViewScoped
public class ModuleDraft extends EditorDraft<CourseModule> {

    private static final long serialVersionUID = 1L;

    @Inject
    ModuleAuthoring authoring;

    @Override
    protected CourseModule read(long schoolId, long moduleId) {
        return authoring.get(schoolId, moduleId);
    }

    @Override
    protected RuntimeException notFound() {
        return new ModuleNotFoundException(-1);
    }

    public CourseModule getModule() {
        return entity();
    }

    public boolean isEditable() {
        return getModule().mayEdit(viewer());
    }

    long moduleId() {
        return entityId();
    }
}
