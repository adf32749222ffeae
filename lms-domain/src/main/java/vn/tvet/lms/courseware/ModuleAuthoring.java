package vn.tvet.lms.courseware;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Rights;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.catalog.CompetencyFrameworks;
import vn.tvet.lms.catalog.CompetencyItem;
import vn.tvet.lms.courseware.ModuleRuleException.Reason;
import vn.tvet.lms.institution.Institutions;
import vn.tvet.lms.library.LearningResources;
import vn.tvet.lms.programme.ProgrammeCourse;
import vn.tvet.lms.programme.Programmes;
import vn.tvet.lms.questions.BankQuestions;
import vn.tvet.lms.questions.Question;
import vn.tvet.lms.questions.QuizDraw;

/**
 * Teachers write their school's modules. Every call names the school acting (a module of another school is
 * not found) and who is acting (only the author and the school's admins change a module). Each change is
 * its own transaction, which is what lets the editor save as the teacher types.
 */
@ApplicationScoped
public class ModuleAuthoring {

    private static final System.Logger LOG = System.getLogger(ModuleAuthoring.class.getName());

    private CourseModules modules;
    private Institutions institutions;
    private People people;
    private LearningResources resources;
    private CompetencyFrameworks frameworks;
    private Programmes programmes;
    private Clock clock;
    private Event<ModuleChanged> changes;
    private Rights rights;
    private BankQuestions bank;

    ModuleAuthoring() {
        // for the CDI proxy
    }

    @Inject
    public ModuleAuthoring(CourseModules modules, Institutions institutions, People people, LearningResources resources,
            CompetencyFrameworks frameworks, Programmes programmes, Clock clock, Event<ModuleChanged> changes,
            Rights rights, BankQuestions bank) {
        this.bank = bank;
        this.programmes = programmes;
        this.modules = modules;
        this.institutions = institutions;
        this.people = people;
        this.resources = resources;
        this.frameworks = frameworks;
        this.clock = clock;
        this.changes = changes;
        this.rights = rights;
    }

    @Transactional
    public CourseModule create(@NotNull Viewer author, long schoolId, @NotBlank @Size(max = 30) String code,
            @NotBlank @Size(max = 300) String title) {
        rights.requireAuthor(author, schoolId, "write modules of school " + schoolId);
        if (modules.codeTaken(schoolId, typed(code))) {
            throw new ModuleRuleException(Reason.CODE_TAKEN, code);
        }
        CourseModule module = new CourseModule(institutions.get(schoolId), people.get(author.personId()), typed(code),
                typed(title), clock.instant());
        modules.add(module);
        changes.fire(new ModuleChanged(module.getId()));
        LOG.log(Level.INFO, "Module {0} created in school {1}", module.getCode(), schoolId);
        return module;
    }

    /** The module with its whole draft loaded, for the editor. */
    @Transactional
    public CourseModule get(long schoolId, long moduleId) {
        return modules.getDraftInSchool(schoolId, moduleId);
    }

    /**
     * Makes the module the content of one module row of a programme of the same school (null: of none), so
     * the programme's competency coverage counts the module's outcome mappings.
     */
    @Transactional
    public void teachFor(@NotNull Viewer viewer, long schoolId, long moduleId, Long programmeCourseId) {
        ProgrammeCourse course = programmeCourseId == null ? null : programmes.courseInSchool(schoolId, programmeCourseId)
                .orElseThrow(() -> new ModuleRuleException(Reason.NOT_FOUND_IN_MODULE, "programme course " + programmeCourseId));
        edit(viewer, schoolId, moduleId, m -> m.teachFor(course, clock.instant()));
    }

    /** Title and summary, saved as the teacher types them. */
    @Transactional
    public void describe(@NotNull Viewer viewer, long schoolId, long moduleId, @NotBlank @Size(max = 300) String title,
            @Size(max = 4000) String summary) {
        edit(viewer, schoolId, moduleId, m -> m.describe(typed(title), summary == null ? null : typed(summary), clock.instant()));
    }

    @Transactional
    public void addOutcome(@NotNull Viewer viewer, long schoolId, long moduleId, @NotBlank @Size(max = 30) String code,
            @NotBlank @Size(max = 2000) String statement) {
        edit(viewer, schoolId, moduleId, m -> m.addOutcome(typed(code), typed(statement), clock.instant()));
    }

    @Transactional
    public void removeOutcome(@NotNull Viewer viewer, long schoolId, long moduleId, @NotNull String code) {
        edit(viewer, schoolId, moduleId, m -> m.removeOutcome(code, clock.instant()));
    }

    /** Maps an outcome to competencies of any frameworks, replacing its mapping; every id must exist. */
    @Transactional
    public void mapOutcome(@NotNull Viewer viewer, long schoolId, long moduleId, @NotNull String code,
            @NotNull Set<Long> competencyIds) {
        Set<Long> known = new HashSet<>();
        frameworks.items(competencyIds).forEach(item -> known.add(item.getId()));
        if (!known.containsAll(competencyIds)) {
            throw new ModuleRuleException(Reason.UNKNOWN_COMPETENCY, String.valueOf(competencyIds));
        }
        edit(viewer, schoolId, moduleId, m -> m.mapOutcome(code, competencyIds, clock.instant()));
    }

    /**
     * Maps an outcome to the chosen items of one framework version, replacing its earlier mapping to that
     * framework and keeping its mapping to others (the editor shows one framework's tree at a time).
     */
    @Transactional
    public void mapOutcomeWithin(@NotNull Viewer viewer, long schoolId, long moduleId, @NotNull String code,
            long frameworkId, @NotNull Set<Long> chosen) {
        CourseModule module = editable(viewer, schoolId, moduleId);
        ModuleOutcome outcome = module.getOutcomes().stream().filter(o -> o.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new ModuleRuleException(Reason.NOT_FOUND_IN_MODULE, code));
        Set<Long> mapped;
        try {
            mapped = frameworks.remapWithin(frameworkId, outcome.getCompetencyIds(), chosen);
        } catch (IllegalArgumentException e) {
            throw new ModuleRuleException(Reason.UNKNOWN_COMPETENCY, String.valueOf(chosen));
        }
        module.mapOutcome(code, mapped, clock.instant());
        changes.fire(new ModuleChanged(moduleId));
    }

    /** The competency items with these ids, for showing a mapping. */
    @Transactional
    public List<CompetencyItem> competencies(@NotNull Collection<Long> ids) {
        return frameworks.items(ids);
    }

    @Transactional
    public long addLesson(@NotNull Viewer viewer, long schoolId, long moduleId, @NotBlank @Size(max = 300) String title) {
        CourseModule module = editable(viewer, schoolId, moduleId);
        ModuleLesson lesson = module.addLesson(typed(title), clock.instant());
        modules.flush();
        changes.fire(new ModuleChanged(moduleId));
        return lesson.getId();
    }

    @Transactional
    public void renameLesson(@NotNull Viewer viewer, long schoolId, long moduleId, long lessonId,
            @NotBlank @Size(max = 300) String title) {
        edit(viewer, schoolId, moduleId, m -> m.renameLesson(lessonId, typed(title), clock.instant()));
    }

    @Transactional
    public void removeLesson(@NotNull Viewer viewer, long schoolId, long moduleId, long lessonId) {
        edit(viewer, schoolId, moduleId, m -> m.removeLesson(lessonId, clock.instant()));
    }

    /** Puts a lesson at a 0-based place (drag and drop). */
    @Transactional
    public void moveLessonTo(@NotNull Viewer viewer, long schoolId, long moduleId, long lessonId, int toIndex) {
        edit(viewer, schoolId, moduleId, m -> m.moveLesson(lessonId, toIndex, clock.instant()));
    }

    /** Moves a lesson one place up ({@code -1}) or down ({@code +1}), for the keyboard. */
    @Transactional
    public void moveLessonBy(@NotNull Viewer viewer, long schoolId, long moduleId, long lessonId, int step) {
        edit(viewer, schoolId, moduleId, m -> m.moveLesson(lessonId, m.indexOfLesson(lessonId) + Integer.signum(step),
                clock.instant()));
    }

    /**
     * Adds an activity at the end of a lesson. A library item must be visible to the author and published to an
     * audience that includes the module's school, so the module never points learners at a draft or at something
     * they may not open.
     */
    @Transactional
    public void addActivity(@NotNull Viewer viewer, long schoolId, long moduleId, long lessonId,
            @NotNull ModuleContent.Activity activity) {
        if (activity.kind() == ActivityKind.RESOURCE && activity.resourceId() != null
                && !mayUseResource(viewer, schoolId, activity.resourceId())) {
            throw new ModuleRuleException(Reason.RESOURCE_NOT_VISIBLE, "resource " + activity.resourceId());
        }
        edit(viewer, schoolId, moduleId, m -> m.addActivity(lessonId, activity, clock.instant()));
    }

    /** Saves an activity's text (a page as it is typed, a quiz's questions, a task's instructions). */
    /**
     * Whether a library item can be an activity of this school's modules. Visible to the author is not enough:
     * a teacher of two schools sees both schools' items, and their own items waiting for review, but the
     * module's learners are of one school, so the item must be published and open to that school.
     */
    @Transactional
    public boolean mayUseResource(@NotNull Viewer viewer, long schoolId, long resourceId) {
        return resources.find(resourceId).filter(r -> r.isVisibleTo(viewer)).filter(r -> r.isOpenToSchool(schoolId))
                .isPresent();
    }

    @Transactional
    public void rewriteActivity(@NotNull Viewer viewer, long schoolId, long moduleId, long lessonId, long activityId,
            @NotNull ModuleContent.Activity text) {
        edit(viewer, schoolId, moduleId, m -> m.rewriteActivity(lessonId, activityId, text, clock.instant()));
    }

    @Transactional
    public void removeActivity(@NotNull Viewer viewer, long schoolId, long moduleId, long lessonId, long activityId) {
        edit(viewer, schoolId, moduleId, m -> m.removeActivity(lessonId, activityId, clock.instant()));
    }

    @Transactional
    public void moveActivity(@NotNull Viewer viewer, long schoolId, long moduleId, long lessonId, long activityId, int step) {
        edit(viewer, schoolId, moduleId, m -> m.moveActivity(lessonId, activityId, step, clock.instant()));
    }

    /**
     * Sets which questions of the module's bank a quiz asks: refused if a question is not in the bank or a category
     * has fewer questions than the quiz draws from it.
     */
    @Transactional
    public void redrawQuiz(@NotNull Viewer viewer, long schoolId, long moduleId, long lessonId, long activityId,
            @NotNull QuizDraw draw) {
        CourseModule module = editable(viewer, schoolId, moduleId);
        java.util.Map<String, Question> known = new java.util.LinkedHashMap<>();
        module.getLessons().stream().filter(l -> l.getId() == lessonId).flatMap(l -> l.getActivities().stream())
                .filter(a -> a.getId() == activityId).findFirst().ifPresent(a -> a.getDraw().pool().forEach(q -> known.put(q.key(), q)));
        bank.of(moduleId).forEach(q -> known.put(q.key(), q));
        QuizDraw checked = draw.resolvedFrom(known.values());
        module.redrawQuiz(lessonId, activityId, new QuizDraw(checked.rules(), checked.shuffleChoices(),
                module.getUpstream() == null ? java.util.List.of() : checked.pool()), clock.instant());
        changes.fire(new ModuleChanged(moduleId));
    }

    /** Freezes the draft as the next version; learners already studying stay on theirs. */
    @Transactional
    public ModuleVersion publish(@NotNull Viewer viewer, long schoolId, long moduleId, @Size(max = 2000) String note) {
        CourseModule module = editable(viewer, schoolId, moduleId);
        ModuleVersion version = module.publish(note, people.get(viewer.personId()), clock.instant(), bank.of(moduleId));
        modules.add(version);
        changes.fire(new ModuleChanged(moduleId));
        LOG.log(Level.INFO, "Module {0} version {1} published", module.getCode(), version.getNumber());
        return version;
    }

    @Transactional
    public List<ModuleVersion> versions(long schoolId, long moduleId) {
        modules.getInSchool(schoolId, moduleId);
        return modules.versions(moduleId);
    }

    @Transactional
    public List<ModuleLearner> learners(long schoolId, long moduleId) {
        modules.getInSchool(schoolId, moduleId);
        return modules.learners(moduleId);
    }

    /**
     * Moves the chosen learners (or all when {@code learnerIds} is empty) to the newest version; returns
     * how many moved.
     */
    @Transactional
    public int migrateLearners(@NotNull Viewer viewer, long schoolId, long moduleId, @NotNull Set<Long> learnerIds) {
        CourseModule module = editable(viewer, schoolId, moduleId);
        ModuleVersion newest = modules.newestVersion(module)
                .orElseThrow(() -> new ModuleRuleException(Reason.NOT_PUBLISHED, module.getCode()));
        int moved = 0;
        for (ModuleLearner learner : modules.learners(moduleId)) {
            if ((learnerIds.isEmpty() || learnerIds.contains(learner.getId())) && learner.migrateTo(newest, clock.instant())) {
                moved++;
            }
        }
        LOG.log(Level.INFO, "Module {0}: {1} learners moved to version {2}", module.getCode(), moved, newest.getNumber());
        return moved;
    }

    /** Text as kept: trimmed and in NFC, so the same Vietnamese typed on any keyboard compares equal. */
    static String typed(String text) {
        return java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFC);
    }

    private void edit(Viewer viewer, long schoolId, long moduleId, Consumer<CourseModule> change) {
        change.accept(editable(viewer, schoolId, moduleId));
        changes.fire(new ModuleChanged(moduleId));
    }

    private CourseModule editable(Viewer viewer, long schoolId, long moduleId) {
        CourseModule module = modules.getInSchool(schoolId, moduleId);
        if (!module.mayEdit(viewer)) {
            throw new ModuleRuleException(Reason.NOT_ALLOWED, "person " + viewer.personId() + " on module " + moduleId);
        }
        return module;
    }
}
