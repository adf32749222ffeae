package vn.tvet.lms.web.courseware;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tvet.lms.courseware.ActivityKind;
import vn.tvet.lms.courseware.AikenQuiz;
import vn.tvet.lms.courseware.ModuleActivity;
import vn.tvet.lms.courseware.ModuleAuthoring;
import vn.tvet.lms.courseware.ModuleContent;
import vn.tvet.lms.courseware.QuizQuestion;
import vn.tvet.lms.search.DocumentKind;
import vn.tvet.lms.search.Facet;
import vn.tvet.lms.search.SearchQuery;
import vn.tvet.lms.search.SearchResults;
import vn.tvet.lms.web.platform.Texts;
import vn.tvet.lms.web.search.IndexSearches;

/**
 * The open lesson's activities: library resources found by search, and written ones (page, quiz, practical
 * task) added or edited in one form.
 */
@Named
@ViewScoped
public class ModuleActivitiesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ModuleDraft draft;

    @Inject
    ModuleLessonsPage lessons;

    @Inject
    ModuleAuthoring authoring;

    @Inject
    IndexSearches searchIndex;

    @Inject
    Texts texts;

    private ActivityKind newKind = ActivityKind.PAGE;
    private Long editingActivityId;
    private String activityTitle;
    private String activityBody;
    private String pageBody;
    private String activityCriteria;
    private String quizText;
    private String resourceQuery;
    private transient SearchResults resourceResults;
    /** The found items a lesson may use (published and open to the school); the others say why not. */
    private transient Set<Long> usableResults;

    public void searchResources() {
        Map<Facet, Set<String>> onlyLibrary = Map.of(Facet.KIND, Set.of(DocumentKind.RESOURCE.name()));
        boolean anything = resourceQuery == null || resourceQuery.isBlank();
        resourceResults = searchIndex.search(new SearchQuery(resourceQuery, onlyLibrary,
                anything ? SearchQuery.Order.NEWEST : SearchQuery.Order.RELEVANCE, 0, 10), draft.viewer());
        usableResults = resourceResults.hits().stream()
                .filter(hit -> authoring.mayUseResource(draft.viewer(), draft.schoolId(), hit.id()))
                .map(SearchResults.Hit::id).collect(Collectors.toSet());
    }

    /** Whether the found item can be added: the search also finds the teacher's own drafts and items in review. */
    public boolean isUsable(long resourceId) {
        return usableResults != null && usableResults.contains(resourceId);
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
                    newKind == ActivityKind.QUIZ ? typedQuestions() : List.of()));
        } catch (AikenQuiz.QuizFormatException e) {
            showQuizProblems(e);
        }
    }

    private void addActivity(ModuleContent.Activity activity) {
        Long lessonId = lessons.getOpenLessonId();
        if (lessonId == null) {
            texts.error("modules.openLessonFirst");
            return;
        }
        if (draft.change(() -> authoring.addActivity(draft.viewer(), draft.schoolId(), draft.moduleId(), lessonId,
                activity))) {
            texts.info("modules.activityAdded", activity.title());
            cancelEditing();
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
        Long lessonId = lessons.getOpenLessonId();
        if (editingActivityId == null || lessonId == null) {
            return;
        }
        try {
            ModuleContent.Activity text = new ModuleContent.Activity(newKind, activityTitle, null, bodyOfKind(),
                    activityCriteria, newKind == ActivityKind.QUIZ ? typedQuestions() : List.of());
            draft.change(() -> authoring.rewriteActivity(draft.viewer(), draft.schoolId(), draft.moduleId(), lessonId,
                    editingActivityId, text));
        } catch (AikenQuiz.QuizFormatException e) {
            showQuizProblems(e);
        }
    }

    /** Each fault of the quiz text in the reader's language, with its line. */
    /** The questions typed for a quiz; none is fine when the quiz draws from the question bank. */
    private List<vn.tvet.lms.courseware.QuizQuestion> typedQuestions() {
        return quizText == null || quizText.isBlank() ? List.of() : AikenQuiz.parse(quizText);
    }

    private void showQuizProblems(AikenQuiz.QuizFormatException e) {
        texts.error("modules.quizProblems", e.problems().stream()
                .map(problem -> texts.get("quiz.problem." + problem.kind(), problem.line(), QuizQuestion.MAX_CHOICES,
                        problem.expected()))
                .collect(Collectors.joining("; ")));
    }

    /** A page's body comes from the rich-text editor, a task's from its instructions field. */
    private String bodyOfKind() {
        return newKind == ActivityKind.PAGE ? pageBody : activityBody;
    }

    /** Empties the form and leaves editing. */
    public void cancelEditing() {
        editingActivityId = null;
        activityTitle = null;
        activityBody = null;
        pageBody = null;
        activityCriteria = null;
        quizText = null;
    }

    public void moveActivity(long activityId, int step) {
        draft.change(() -> authoring.moveActivity(draft.viewer(), draft.schoolId(), draft.moduleId(),
                lessons.getOpenLessonId(), activityId, step));
    }

    public void removeActivity(long activityId) {
        draft.change(() -> authoring.removeActivity(draft.viewer(), draft.schoolId(), draft.moduleId(),
                lessons.getOpenLessonId(), activityId));
        if (Long.valueOf(activityId).equals(editingActivityId)) {
            cancelEditing();
        }
    }

    public ActivityKind[] getWrittenKinds() {
        return new ActivityKind[] {ActivityKind.PAGE, ActivityKind.QUIZ, ActivityKind.PRACTICAL_TASK};
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
}
