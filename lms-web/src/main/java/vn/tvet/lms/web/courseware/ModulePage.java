package vn.tvet.lms.web.courseware;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.primefaces.event.ReorderEvent;
import vn.tvet.lms.catalog.CompetencyFrameworks;
import vn.tvet.lms.catalog.CompetencyItem;
import vn.tvet.lms.catalog.FrameworkCatalogue;
import vn.tvet.lms.courseware.ActivityKind;
import vn.tvet.lms.courseware.AikenQuiz;
import vn.tvet.lms.courseware.CourseModule;
import vn.tvet.lms.courseware.ModuleActivity;
import vn.tvet.lms.courseware.ModuleAuthoring;
import vn.tvet.lms.courseware.ModuleContent;
import vn.tvet.lms.courseware.ModuleLearner;
import vn.tvet.lms.courseware.ModuleLesson;
import vn.tvet.lms.courseware.ModuleNotFoundException;
import vn.tvet.lms.courseware.ModuleOutcome;
import vn.tvet.lms.courseware.ModuleSharing;
import vn.tvet.lms.courseware.ModuleVersion;
import vn.tvet.lms.library.LearningResources;
import vn.tvet.lms.search.DocumentKind;
import vn.tvet.lms.search.Facet;
import vn.tvet.lms.web.search.IndexSearches;
import vn.tvet.lms.search.SearchQuery;
import vn.tvet.lms.search.SearchResults;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.Texts;

/**
 * The module editor. Every change is saved when it is made (title and summary as they are typed), so the
 * draft is never lost; learners see only published versions.
 */
@Named
@ViewScoped
public class ModulePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ModuleAuthoring authoring;

    @Inject
    ModuleSharing sharing;

    @Inject
    CompetencyFrameworks frameworks;

    @Inject
    FrameworkCatalogue frameworkCatalogue;

    @Inject
    LearningResources resources;

    @Inject
    IndexSearches searchIndex;

    @Inject
    vn.tvet.lms.programme.Programmes programmes;

    @Inject
    Texts texts;

    @Inject
    vn.tvet.lms.web.platform.PageActions pageActions;

    private String id;
    private long moduleId;
    private long schoolId;
    private transient CourseModule module;
    private transient Map<Long, CompetencyItem> competencies;
    /** Read once per state of the module (JSF asks for a list several times per request); cleared by reload(). */
    private transient List<ModuleVersion> versions;
    private transient List<ModuleLearner> learners;
    private transient Optional<ModuleSharing.UpstreamUpdate> upstreamUpdate;
    private transient List<SelectItem> frameworkChoices;
    private transient List<SelectItem> teachingCourseChoices;

    private String title;
    private String summary;
    private Long teachingCourseId;
    private String outcomeCode;
    private String outcomeStatement;
    private String mappingOutcome;
    private Long mappingFrameworkId;
    private CompetencyPicker picker;
    private String lessonTitle;
    private Long openLessonId;
    private String openLessonTitle;

    private ActivityKind newKind = ActivityKind.PAGE;
    private Long editingActivityId;
    private String activityTitle;
    private String activityBody;
    private String pageBody;
    private String activityCriteria;
    private String quizText;
    private String resourceQuery;
    private transient SearchResults resourceResults;
    private String publishNote;

    public void load() {
        schoolId = currentUser.requireTeachingSchool();
        try {
            moduleId = Long.parseLong(String.valueOf(id));
        } catch (NumberFormatException e) {
            throw new ModuleNotFoundException(-1);
        }
        reload();
        title = module.getTitle();
        summary = module.getSummary();
        teachingCourseId = module.getProgrammeCourse() == null ? null : module.getProgrammeCourse().getId();
        if (!module.getLessons().isEmpty()) {
            openLesson(module.getLessons().get(0).getId());
        }
    }

    private void reload() {
        module = authoring.get(schoolId, moduleId);
        competencies = null;
        versions = null;
        learners = null;
        upstreamUpdate = null;
    }

    // --- draft: title and summary (autosave) ------------------------------------------------------

    /** Saves title and summary; called as the teacher types (debounced) and when a field loses focus. */
    public void autosave() {
        if (title == null || title.isBlank()) {
            texts.error("modules.titleRequired");
            return;
        }
        change(() -> authoring.describe(schoolId, currentUser.viewer(), moduleId, title, summary));
    }

    /** Saves which programme module row this module is the content of, when chosen. */
    public void saveTeachingCourse() {
        if (change(() -> authoring.teachFor(schoolId, currentUser.viewer(), moduleId, teachingCourseId))) {
            texts.info("modules.teachingCourseSaved");
        }
    }

    /** The school's programme modules and subjects this module could be the content of. */
    public List<SelectItem> getTeachingCourseChoices() {
        if (teachingCourseChoices == null) {
            teachingCourseChoices = programmes.coursesOfSchool(schoolId).stream().map(c -> new SelectItem(c.getId(),
                    c.getProgramme().getCode() + " · " + c.getCode() + " " + c.getName())).toList();
        }
        return teachingCourseChoices;
    }

    public Long getTeachingCourseId() {
        return teachingCourseId;
    }

    public void setTeachingCourseId(Long teachingCourseId) {
        this.teachingCourseId = teachingCourseId;
    }

    // --- outcomes and their competencies ---------------------------------------------------------

    public void addOutcome() {
        if (change(() -> authoring.addOutcome(schoolId, currentUser.viewer(), moduleId, outcomeCode, outcomeStatement))) {
            outcomeCode = null;
            outcomeStatement = null;
        }
    }

    public void removeOutcome(String code) {
        change(() -> authoring.removeOutcome(schoolId, currentUser.viewer(), moduleId, code));
        if (code.equals(mappingOutcome)) {
            picker = null;
        }
    }

    /** Opens the tree of the chosen framework for the chosen outcome, ticked where it is mapped already. */
    public void openMapping() {
        if (mappingOutcome == null || mappingFrameworkId == null) {
            texts.error("modules.chooseOutcomeAndFramework");
            return;
        }
        Set<Long> mapped = outcome(mappingOutcome).map(ModuleOutcome::getCompetencyIds).orElse(Set.of());
        picker = new CompetencyPicker(frameworkCatalogue.tree(mappingFrameworkId).items(), mapped);
    }

    public void saveMapping() {
        if (picker == null) {
            return;
        }
        Set<Long> kept = new HashSet<>(outcome(mappingOutcome).map(ModuleOutcome::getCompetencyIds).orElse(Set.of()));
        kept.removeAll(picker.allIds());
        Set<Long> ticked = picker.tickedIds();
        kept.addAll(ticked);
        if (change(() -> authoring.mapOutcome(schoolId, currentUser.viewer(), moduleId, mappingOutcome, kept))) {
            texts.info("modules.mappingSaved", mappingOutcome, ticked.size());
        }
    }

    private Optional<ModuleOutcome> outcome(String code) {
        return getModule().getOutcomes().stream().filter(o -> o.getCode().equals(code)).findFirst();
    }

    /** The competencies an outcome is mapped to, for its chips. */
    public List<CompetencyItem> competenciesOf(ModuleOutcome outcome) {
        if (competencies == null) {
            Set<Long> all = new HashSet<>();
            getModule().getOutcomes().forEach(o -> all.addAll(o.getCompetencyIds()));
            competencies = new HashMap<>();
            authoring.competencies(all).forEach(item -> competencies.put(item.getId(), item));
        }
        return outcome.getCompetencyIds().stream().map(competencies::get).filter(java.util.Objects::nonNull).toList();
    }

    public List<SelectItem> getFrameworkChoices() {
        if (frameworkChoices == null) {
            frameworkChoices = frameworks.all().stream().map(f -> new SelectItem(f.getId(), f.getCode() + " " + f.getVersion()
                    + " – " + f.getTitle())).toList();
        }
        return frameworkChoices;
    }

    // --- lessons --------------------------------------------------------------------------------

    public void addLesson() {
        if (change(() -> openLessonId = authoring.addLesson(schoolId, currentUser.viewer(), moduleId, lessonTitle))) {
            openLessonTitle = lessonTitle.strip();
            lessonTitle = null;
        }
    }

    /** Saves the open lesson's title as it is typed. */
    public void renameOpenLesson() {
        if (openLessonId != null && openLessonTitle != null && !openLessonTitle.isBlank()) {
            change(() -> authoring.renameLesson(schoolId, currentUser.viewer(), moduleId, openLessonId, openLessonTitle));
        }
    }

    /** A lesson row was dragged to a new place. */
    public void onLessonReorder(ReorderEvent event) {
        List<ModuleLesson> before = getModule().getLessons();
        if (event.getFromIndex() < 0 || event.getFromIndex() >= before.size()) {
            return;
        }
        long lessonId = before.get(event.getFromIndex()).getId();
        if (change(() -> authoring.moveLessonTo(schoolId, currentUser.viewer(), moduleId, lessonId, event.getToIndex()))) {
            texts.info("modules.lessonMoved", before.get(event.getFromIndex()).getTitle(), event.getToIndex() + 1);
        }
    }

    /** The lessons as a list the data table may reorder itself (it rotates the rows it was given on a drop). */
    public List<ModuleLesson> getLessons() {
        return new ArrayList<>(getModule().getLessons());
    }

    public void moveLesson(long lessonId, int step) {
        change(() -> authoring.moveLessonBy(schoolId, currentUser.viewer(), moduleId, lessonId, step));
    }

    public void removeLesson(long lessonId) {
        change(() -> authoring.removeLesson(schoolId, currentUser.viewer(), moduleId, lessonId));
        if (Long.valueOf(lessonId).equals(openLessonId)) {
            openLessonId = null;
        }
    }

    public void openLesson(long lessonId) {
        openLessonId = lessonId;
        ModuleLesson lesson = getOpenLesson();
        openLessonTitle = lesson == null ? null : lesson.getTitle();
        cancelEditing();
    }

    public ModuleLesson getOpenLesson() {
        return openLessonId == null ? null : getModule().getLessons().stream().filter(l -> l.getId().equals(openLessonId))
                .findFirst().orElse(null);
    }

    // --- activities -----------------------------------------------------------------------------

    public void searchResources() {
        Map<Facet, Set<String>> onlyLibrary = Map.of(Facet.KIND, Set.of(DocumentKind.RESOURCE.name()));
        boolean anything = resourceQuery == null || resourceQuery.isBlank();
        resourceResults = searchIndex.search(new SearchQuery(resourceQuery, onlyLibrary,
                anything ? SearchQuery.Order.NEWEST : SearchQuery.Order.RELEVANCE, 0, 10), currentUser.viewer());
    }

    public SearchResults getResourceResults() {
        return resourceResults;
    }

    public void addResource(long resourceId, String resourceTitle) {
        addActivity(new ModuleContent.Activity(ActivityKind.RESOURCE, resourceTitle, resourceId, null, null, List.of()));
    }

    /** Adds the activity described in the form (page, quiz or practical task) to the open lesson. */
    public void addWritten() {
        try {
            addActivity(new ModuleContent.Activity(newKind, activityTitle, null, bodyOfKind(), activityCriteria,
                    newKind == ActivityKind.QUIZ ? AikenQuiz.parse(quizText) : List.of()));
        } catch (AikenQuiz.QuizFormatException e) {
            texts.error("modules.quizProblems", String.join("; ", e.problems()));
        }
    }

    private void addActivity(ModuleContent.Activity activity) {
        if (openLessonId == null) {
            texts.error("modules.openLessonFirst");
            return;
        }
        if (change(() -> authoring.addActivity(schoolId, currentUser.viewer(), moduleId, openLessonId, activity))) {
            texts.info("modules.activityAdded", activity.title());
            clearActivityForm();
        }
    }

    public void editActivity(ModuleActivity activity) {
        editingActivityId = activity.getId();
        newKind = activity.getKind();
        activityTitle = activity.getTitle();
        activityBody = activity.getKind() == ActivityKind.PAGE ? null : activity.getBody();
        pageBody = activity.getKind() == ActivityKind.PAGE ? activity.getBody() : null;
        activityCriteria = activity.getCriteria();
        quizText = AikenQuiz.write(activity.getQuestions());
    }

    /** Saves the activity being edited; a page also saves itself as it is typed. */
    public void saveActivity() {
        if (editingActivityId == null || openLessonId == null) {
            return;
        }
        try {
            ModuleContent.Activity text = new ModuleContent.Activity(newKind, activityTitle, null, bodyOfKind(),
                    activityCriteria, newKind == ActivityKind.QUIZ ? AikenQuiz.parse(quizText) : List.of());
            change(() -> authoring.rewriteActivity(schoolId, currentUser.viewer(), moduleId, openLessonId, editingActivityId, text));
        } catch (AikenQuiz.QuizFormatException e) {
            texts.error("modules.quizProblems", String.join("; ", e.problems()));
        }
    }

    /** A page's body comes from the rich-text editor, a task's from its instructions field. */
    private String bodyOfKind() {
        return newKind == ActivityKind.PAGE ? pageBody : activityBody;
    }

    public void cancelEditing() {
        editingActivityId = null;
        clearActivityForm();
    }

    private void clearActivityForm() {
        activityTitle = null;
        activityBody = null;
        pageBody = null;
        activityCriteria = null;
        quizText = null;
        editingActivityId = null;
    }

    public void moveActivity(long activityId, int step) {
        change(() -> authoring.moveActivity(schoolId, currentUser.viewer(), moduleId, openLessonId, activityId, step));
    }

    public void removeActivity(long activityId) {
        change(() -> authoring.removeActivity(schoolId, currentUser.viewer(), moduleId, openLessonId, activityId));
        if (Long.valueOf(activityId).equals(editingActivityId)) {
            cancelEditing();
        }
    }

    public ActivityKind[] getWrittenKinds() {
        return new ActivityKind[] {ActivityKind.PAGE, ActivityKind.QUIZ, ActivityKind.PRACTICAL_TASK};
    }

    // --- versions, learners, sharing, upstream -------------------------------------------------

    public void publish() {
        if (change(() -> texts.info("modules.published",
                authoring.publish(schoolId, currentUser.viewer(), moduleId, publishNote).getNumber()))) {
            publishNote = null;
        }
    }

    public List<ModuleVersion> getVersions() {
        if (versions == null) {
            versions = authoring.versions(schoolId, moduleId);
        }
        return versions;
    }

    public List<ModuleLearner> getLearners() {
        if (learners == null) {
            learners = authoring.learners(schoolId, moduleId);
        }
        return learners;
    }

    public void migrate(Long learnerId) {
        change(() -> texts.info("modules.migrated", authoring.migrateLearners(schoolId, currentUser.viewer(), moduleId,
                learnerId == null ? Set.of() : Set.of(learnerId)), getModule().getPublishedVersion()));
    }

    public void askToShare() {
        if (change(() -> sharing.askToShare(schoolId, currentUser.viewer(), moduleId))) {
            texts.info("modules.shareRequested");
        }
    }

    public void stopSharing() {
        change(() -> sharing.stopSharing(schoolId, currentUser.viewer(), moduleId));
    }

    public ModuleSharing.UpstreamUpdate getUpstreamUpdate() {
        if (upstreamUpdate == null) {
            upstreamUpdate = sharing.upstreamUpdate(schoolId, moduleId);
        }
        return upstreamUpdate.orElse(null);
    }

    public void takeUpstream() {
        change(() -> texts.info("modules.tookUpstream", sharing.takeUpstream(schoolId, currentUser.viewer(), moduleId)));
        title = module.getTitle();
        summary = module.getSummary();
        openLessonId = null;
        if (!module.getLessons().isEmpty()) {
            openLesson(module.getLessons().get(0).getId());
        }
    }

    public boolean isEditable() {
        return getModule().mayEdit(currentUser.viewer());
    }

    /** Runs a change, shows the rule it broke if any, and shows the module as it is now. */
    private boolean change(Runnable action) {
        boolean done = pageActions.run(action);
        reload();
        return done;
    }

    public CourseModule getModule() {
        if (module == null) {
            reload();
        }
        return module;
    }

    public List<SelectItem> getOutcomeChoices() {
        List<SelectItem> choices = new ArrayList<>();
        getModule().getOutcomes().forEach(o -> choices.add(new SelectItem(o.getCode(), o.getCode() + " – " + o.getStatement())));
        return choices;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
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

    public String getOutcomeCode() {
        return outcomeCode;
    }

    public void setOutcomeCode(String outcomeCode) {
        this.outcomeCode = outcomeCode;
    }

    public String getOutcomeStatement() {
        return outcomeStatement;
    }

    public void setOutcomeStatement(String outcomeStatement) {
        this.outcomeStatement = outcomeStatement;
    }

    public String getMappingOutcome() {
        return mappingOutcome;
    }

    public void setMappingOutcome(String mappingOutcome) {
        this.mappingOutcome = mappingOutcome;
    }

    public Long getMappingFrameworkId() {
        return mappingFrameworkId;
    }

    public void setMappingFrameworkId(Long mappingFrameworkId) {
        this.mappingFrameworkId = mappingFrameworkId;
    }

    public CompetencyPicker getPicker() {
        return picker;
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

    public ActivityKind getNewKind() {
        return newKind;
    }

    public void setNewKind(ActivityKind newKind) {
        this.newKind = newKind;
    }

    public Long getEditingActivityId() {
        return editingActivityId;
    }

    public String getActivityTitle() {
        return activityTitle;
    }

    public void setActivityTitle(String activityTitle) {
        this.activityTitle = activityTitle;
    }

    public String getActivityBody() {
        return activityBody;
    }

    public void setActivityBody(String activityBody) {
        this.activityBody = activityBody;
    }

    public String getPageBody() {
        return pageBody;
    }

    public void setPageBody(String pageBody) {
        this.pageBody = pageBody;
    }

    public String getActivityCriteria() {
        return activityCriteria;
    }

    public void setActivityCriteria(String activityCriteria) {
        this.activityCriteria = activityCriteria;
    }

    public String getQuizText() {
        return quizText;
    }

    public void setQuizText(String quizText) {
        this.quizText = quizText;
    }

    public String getResourceQuery() {
        return resourceQuery;
    }

    public void setResourceQuery(String resourceQuery) {
        this.resourceQuery = resourceQuery;
    }

    public String getPublishNote() {
        return publishNote;
    }

    public void setPublishNote(String publishNote) {
        this.publishNote = publishNote;
    }
}
