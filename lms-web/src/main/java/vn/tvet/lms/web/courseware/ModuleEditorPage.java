package vn.tvet.lms.web.courseware;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.tvet.lms.courseware.CourseModule;
import vn.tvet.lms.courseware.ModuleAuthoring;
import vn.tvet.lms.programme.Programmes;
import vn.tvet.lms.web.platform.Texts;

/**
 * The editor's first section: title and summary, saved as they are typed so the draft is never lost, and
 * the programme module this module teaches. Learners see only published versions.
 */
@Named
@ViewScoped
public class ModuleEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ModuleDraft draft;

    @Inject
    ModuleAuthoring authoring;

    @Inject
    Programmes programmes;

    @Inject
    Texts texts;

    private String title;
    private String summary;
    private Long teachingCourseId;

    @PostConstruct
    void showModule() {
        CourseModule module = draft.getModule();
        title = module.getTitle();
        summary = module.getSummary();
        teachingCourseId = module.getProgrammeCourse() == null ? null : module.getProgrammeCourse().getId();
    }

    /** Saves title and summary; called as the teacher types (debounced) and when a field loses focus. */
    public void autosave() {
        if (title == null || title.isBlank()) {
            texts.error("modules.titleRequired");
            return;
        }
        draft.change(() -> authoring.describe(draft.viewer(), draft.schoolId(), draft.moduleId(), title, summary));
    }

    /** Saves which programme module row this module is the content of, when chosen. */
    public void saveTeachingCourse() {
        if (draft.change(() -> authoring.teachFor(draft.viewer(), draft.schoolId(), draft.moduleId(),
                teachingCourseId))) {
            texts.info("modules.teachingCourseSaved");
        }
    }

    /** The school's programme modules and subjects this module could be the content of. */
    public List<SelectItem> getTeachingCourseChoices() {
        return draft.derived("teachingCourses", () -> programmes.coursesOfSchool(draft.schoolId()).stream()
                .map(c -> new SelectItem(c.getId(), c.getProgramme().getCode() + " · " + c.getCode() + " " + c.getName()))
                .toList());
    }

    public Long getTeachingCourseId() {
        return teachingCourseId;
    }

    public void setTeachingCourseId(Long teachingCourseId) {
        this.teachingCourseId = teachingCourseId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
