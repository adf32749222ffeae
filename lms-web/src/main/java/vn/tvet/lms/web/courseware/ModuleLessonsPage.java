package vn.tvet.lms.web.courseware;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.ReorderEvent;
import vn.tvet.lms.courseware.ModuleAuthoring;
import vn.tvet.lms.courseware.ModuleLesson;
import vn.tvet.lms.web.platform.Texts;

/** The editor's lessons: their order, their titles, and which one is open for its activities. */
@Named
@ViewScoped
public class ModuleLessonsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ModuleDraft draft;

    @Inject
    ModuleAuthoring authoring;

    @Inject
    ModuleActivitiesPage activities;

    @Inject
    Texts texts;

    private String lessonTitle;
    private Long openLessonId;
    private String openLessonTitle;

    /** Opens the first lesson, as a teacher coming back to a module usually continues at the top. */
    @PostConstruct
    void openFirstLesson() {
        openLessonId = null;
        openLessonTitle = null;
        List<ModuleLesson> lessons = draft.getModule().getLessons();
        if (!lessons.isEmpty()) {
            openLesson(lessons.get(0).getId());
        }
    }

    public void addLesson() {
        if (draft.change(() -> openLessonId = authoring.addLesson(draft.viewer(), draft.schoolId(), draft.moduleId(),
                lessonTitle))) {
            openLessonTitle = lessonTitle.strip();
            lessonTitle = null;
        }
    }

    /** Saves the open lesson's title as it is typed. */
    public void renameOpenLesson() {
        if (openLessonId != null && openLessonTitle != null && !openLessonTitle.isBlank()) {
            draft.change(() -> authoring.renameLesson(draft.viewer(), draft.schoolId(), draft.moduleId(), openLessonId,
                    openLessonTitle));
        }
    }

    /** A lesson row was dragged to a new place. */
    public void onLessonReorder(ReorderEvent event) {
        List<ModuleLesson> before = draft.getModule().getLessons();
        if (event.getFromIndex() < 0 || event.getFromIndex() >= before.size()) {
            return;
        }
        ModuleLesson moved = before.get(event.getFromIndex());
        if (draft.change(() -> authoring.moveLessonTo(draft.viewer(), draft.schoolId(), draft.moduleId(), moved.getId(),
                event.getToIndex()))) {
            texts.info("modules.lessonMoved", moved.getTitle(), event.getToIndex() + 1);
        }
    }

    /** The lessons as a list the data table may reorder itself (it rotates the rows it was given on a drop). */
    public List<ModuleLesson> getLessons() {
        return new ArrayList<>(draft.getModule().getLessons());
    }

    public void moveLesson(long lessonId, int step) {
        draft.change(() -> authoring.moveLessonBy(draft.viewer(), draft.schoolId(), draft.moduleId(), lessonId, step));
    }

    public void removeLesson(long lessonId) {
        draft.change(() -> authoring.removeLesson(draft.viewer(), draft.schoolId(), draft.moduleId(), lessonId));
        if (Long.valueOf(lessonId).equals(openLessonId)) {
            openLessonId = null;
        }
    }

    public void openLesson(long lessonId) {
        openLessonId = lessonId;
        ModuleLesson lesson = getOpenLesson();
        openLessonTitle = lesson == null ? null : lesson.getTitle();
        activities.cancelEditing();
    }

    public ModuleLesson getOpenLesson() {
        return openLessonId == null ? null : draft.getModule().getLessons().stream()
                .filter(l -> l.getId().equals(openLessonId)).findFirst().orElse(null);
    }

    public String getLessonTitle() {
        return lessonTitle;
    }

    public void setLessonTitle(String lessonTitle) {
        this.lessonTitle = lessonTitle;
    }

    public Long getOpenLessonId() {
        return openLessonId;
    }

    public String getOpenLessonTitle() {
        return openLessonTitle;
    }

    public void setOpenLessonTitle(String openLessonTitle) {
        this.openLessonTitle = openLessonTitle;
    }
}
