package vn.tvet.lms.courseware;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.courseware.ModuleRuleException.Reason;
import vn.tvet.lms.institution.Institution;
import vn.tvet.lms.programme.ProgrammeCourse;
import vn.tvet.lms.questions.Question;
import vn.tvet.lms.questions.QuestionRuleException;
import vn.tvet.lms.questions.QuizDraw;

/**
 * A module (mô đun) of a school: the draft its teachers edit (outcomes mapped to competencies, lessons,
 * activities), the number of its newest published version, and its sharing state.
 *
 * <p>The draft changes freely and every change is saved at once (autosave); learners never see it.
 * {@link #publish} freezes it as the next {@link ModuleVersion}. Editing belongs to the author and the
 * school's admins. Sharing follows the library's network review: the author asks, a network library admin
 * approves or sends it back with a reason. A linked copy remembers its upstream module and the upstream
 * version it last took; {@link #takeUpstream} replaces its draft with a newer one, only when asked.
 */
@Entity
@Table(name = "course_module")
public class CourseModule {

    static final int MAX_OUTCOMES = 100;
    static final int MAX_LESSONS = 200;
    static final int MAX_ACTIVITIES_PER_LESSON = 100;
    static final int MAX_QUESTIONS = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long revision;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false)
    private Institution school;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private Person author;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 4000)
    private String summary;

    @Column(name = "published_version", nullable = false)
    private int publishedVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "share_status", nullable = false, length = 20)
    private ShareStatus shareStatus = ShareStatus.NOT_SHARED;

    @Column(name = "share_note", length = 2000)
    private String shareNote;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "upstream_id")
    private CourseModule upstream;

    @Column(name = "upstream_version")
    private Integer upstreamVersion;

    /** The programme module row this module is the content of, if any (same school). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_course_id")
    private ProgrammeCourse programmeCourse;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "module_id", nullable = false)
    @OrderColumn(name = "position")
    private List<ModuleOutcome> outcomes = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "module_id", nullable = false)
    @OrderColumn(name = "position")
    private List<ModuleLesson> lessons = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "draft_saved_at", nullable = false)
    private Instant draftSavedAt;

    protected CourseModule() {
        // for JPA
    }

    CourseModule(Institution school, Person author, String code, String title, Instant now) {
        this.school = school;
        this.author = author;
        this.code = code;
        this.title = title;
        this.createdAt = now;
        this.draftSavedAt = now;
    }

    /** A new module of {@code school} holding a copy of an upstream version, linked to it for later updates. */
    static CourseModule linkedCopy(CourseModule upstream, int upstreamVersion, ModuleContent content, Institution school,
            Person author, String code, Instant now) {
        CourseModule copy = new CourseModule(school, author, code, content.title(), now);
        copy.upstream = upstream;
        copy.replaceDraft(content, upstreamVersion, now);
        return copy;
    }

    // --- the draft -------------------------------------------------------------------------------------

    void describe(String newTitle, String newSummary, Instant now) {
        title = newTitle;
        summary = newSummary == null || newSummary.isBlank() ? null : newSummary.strip();
        draftSavedAt = now;
    }

    void addOutcome(String outcomeCode, String statement, Instant now) {
        refuseIf(outcomes.size() >= MAX_OUTCOMES, Reason.TOO_MANY, "outcomes");
        refuseIf(outcomes.stream().anyMatch(o -> o.getCode().equalsIgnoreCase(outcomeCode)), Reason.OUTCOME_CODE_TAKEN, outcomeCode);
        outcomes.add(new ModuleOutcome(outcomeCode, statement, Set.of()));
        draftSavedAt = now;
    }

    void removeOutcome(String outcomeCode, Instant now) {
        outcomes.remove(outcome(outcomeCode));
        draftSavedAt = now;
    }

    /** Replaces the competencies an outcome builds; the caller has checked the ids exist. */
    void mapOutcome(String outcomeCode, Set<Long> competencyIds, Instant now) {
        outcome(outcomeCode).map(competencyIds);
        draftSavedAt = now;
    }

    ModuleLesson addLesson(String lessonTitle, Instant now) {
        refuseIf(lessons.size() >= MAX_LESSONS, Reason.TOO_MANY, "lessons");
        ModuleLesson lesson = new ModuleLesson(lessonTitle);
        lessons.add(lesson);
        draftSavedAt = now;
        return lesson;
    }

    void renameLesson(long lessonId, String lessonTitle, Instant now) {
        lesson(lessonId).rename(lessonTitle);
        draftSavedAt = now;
    }

    void removeLesson(long lessonId, Instant now) {
        lessons.remove(lesson(lessonId));
        draftSavedAt = now;
    }

    /** Puts a lesson at a new place (0-based), as dragging it there does; out-of-range places are clamped. */
    void moveLesson(long lessonId, int toIndex, Instant now) {
        ModuleLesson lesson = lesson(lessonId);
        lessons.remove(lesson);
        lessons.add(Math.max(0, Math.min(toIndex, lessons.size())), lesson);
        draftSavedAt = now;
    }

    int indexOfLesson(long lessonId) {
        return lessons.indexOf(lesson(lessonId));
    }

    void addActivity(long lessonId, ModuleContent.Activity activity, Instant now) {
        ModuleLesson lesson = lesson(lessonId);
        refuseIf(lesson.getActivities().size() >= MAX_ACTIVITIES_PER_LESSON, Reason.TOO_MANY, "activities");
        ModuleContent.Activity checked = checked(activity);
        lesson.add(new ModuleActivity(checked.kind(), checked.title(), checked.resourceId(), checked.body(),
                checked.criteria(), checked.questions(), checked.draw()));
        draftSavedAt = now;
    }

    /** Saves new text for an activity (its kind and library item stay). */
    void rewriteActivity(long lessonId, long activityId, ModuleContent.Activity text, Instant now) {
        ModuleActivity activity = lesson(lessonId).activity(activityId);
        ModuleContent.Activity checked = checked(new ModuleContent.Activity(activity.getKind(), text.title(),
                activity.getResourceId(), text.body(), text.criteria(), text.questions(), activity.getDraw()));
        activity.rewrite(checked.title(), checked.body(), checked.criteria(), checked.questions());
        draftSavedAt = now;
    }

    void removeActivity(long lessonId, long activityId, Instant now) {
        lesson(lessonId).remove(activityId);
        draftSavedAt = now;
    }

    void moveActivity(long lessonId, long activityId, int step, Instant now) {
        lesson(lessonId).move(activityId, step);
        draftSavedAt = now;
    }

    /** An activity as it may be kept: trimmed, page HTML sanitised, and refused if its kind's parts are missing. */
    static ModuleContent.Activity checked(ModuleContent.Activity activity) {
        String activityTitle = activity.title() == null ? "" : ModuleAuthoring.typed(activity.title());
        refuseIf(activityTitle.isEmpty() || activityTitle.length() > 300, Reason.BAD_ACTIVITY, "title");
        String body = activity.body();
        String criteria = activity.criteria() == null || activity.criteria().isBlank() ? null
                : ModuleAuthoring.typed(activity.criteria());
        refuseIf(criteria != null && criteria.length() > 4000, Reason.BAD_ACTIVITY, "criteria");
        switch (activity.kind()) {
            case RESOURCE -> {
                refuseIf(activity.resourceId() == null, Reason.BAD_ACTIVITY, "no library item");
                body = null;
                criteria = null;
            }
            case PAGE -> {
                body = RichText.sanitize(body == null ? null : java.text.Normalizer.normalize(body, java.text.Normalizer.Form.NFC));
                refuseIf(!RichText.hasText(body), Reason.BAD_ACTIVITY, "empty page");
                criteria = null;
            }
            case QUIZ -> {
                refuseIf(activity.questions().size() + activity.draw().size() > MAX_QUESTIONS, Reason.TOO_MANY, "questions");
                body = null;
                criteria = null;
            }
            case PRACTICAL_TASK -> {
                refuseIf(body == null || body.isBlank() || body.length() > 20_000, Reason.BAD_ACTIVITY, "instructions");
                body = ModuleAuthoring.typed(body);
            }
            default -> throw new IllegalArgumentException(activity.kind().name());
        }
        return new ModuleContent.Activity(activity.kind(), activityTitle,
                activity.kind() == ActivityKind.RESOURCE ? activity.resourceId() : null, body, criteria,
                activity.kind() == ActivityKind.QUIZ ? activity.questions() : List.of(),
                activity.kind() == ActivityKind.QUIZ ? activity.draw() : QuizDraw.NONE);
    }

    /** Sets which bank questions a quiz asks (the caller has checked the keys belong to this module's bank). */
    void redrawQuiz(long lessonId, long activityId, QuizDraw draw, Instant now) {
        ModuleActivity activity = lesson(lessonId).activity(activityId);
        refuseIf(activity.getKind() != ActivityKind.QUIZ, Reason.BAD_ACTIVITY, "not a quiz");
        refuseIf(activity.getQuestions().size() + draw.size() > MAX_QUESTIONS, Reason.TOO_MANY, "questions");
        activity.redraw(draw);
        draftSavedAt = now;
    }

    /** Says which module row of a programme this module is the content of (null: none); the caller checks the school. */
    void teachFor(ProgrammeCourse course, Instant now) {
        programmeCourse = course;
        draftSavedAt = now;
    }

    // --- versions, sharing, linked copies -----------------------------------------------------------

    /** The draft as a value: what {@link #publish} freezes. */
    public ModuleContent content() {
        return content(null);
    }

    /**
     * The draft as a value with each quiz's draw resolved against the bank (null: left as rules). A linked copy's
     * quiz also draws from the questions its upstream version was published with.
     */
    ModuleContent content(Collection<Question> bank) {
        return new ModuleContent(code, title, summary,
                outcomes.stream().map(o -> new ModuleContent.Outcome(o.getCode(), o.getStatement(), o.getCompetencyIds())).toList(),
                lessons.stream().map(l -> new ModuleContent.Lesson(l.getTitle(), l.getActivities().stream()
                        .map(a -> new ModuleContent.Activity(a.getKind(), a.getTitle(), a.getResourceId(), a.getBody(),
                                a.getCriteria(), a.getQuestions(), bank == null || a.getDraw().isEmpty() ? a.getDraw()
                                        : resolved(a.getDraw(), bank))).toList())).toList());
    }

    private static QuizDraw resolved(QuizDraw draw, Collection<Question> bank) {
        java.util.Map<String, Question> known = new java.util.LinkedHashMap<>();
        draw.pool().forEach(q -> known.put(q.key(), q));
        bank.forEach(q -> known.put(q.key(), q));
        try {
            return draw.resolvedFrom(known.values());
        } catch (QuestionRuleException e) {
            throw new ModuleRuleException(Reason.BAD_QUESTION, e.getMessage());
        }
    }

    /**
     * Freezes the draft as the next version, which the caller persists; a module without any activity has
     * nothing to learn.
     */
    ModuleVersion publish(String note, Person publishedBy, Instant now, Collection<Question> bank) {
        ModuleContent content = content(bank);
        refuseIf(content.activityCount() == 0, Reason.NOTHING_TO_PUBLISH, code);
        refuseIf(content.lessons().stream().flatMap(l -> l.activities().stream())
                .anyMatch(a -> a.kind() == ActivityKind.QUIZ && a.quiz().size() == 0), Reason.EMPTY_QUIZ, code);
        publishedVersion++;
        return new ModuleVersion(this, publishedVersion, content, note, publishedBy, now);
    }

    void askToShare(Viewer viewer) {
        refuseIf(!mayEdit(viewer), Reason.NOT_ALLOWED, "share");
        refuseIf(publishedVersion == 0, Reason.NOT_PUBLISHED, code);
        refuseIf(shareStatus != ShareStatus.NOT_SHARED, Reason.WRONG_SHARE_STATUS, shareStatus.name());
        shareStatus = ShareStatus.SUBMITTED;
        shareNote = null;
    }

    void approveSharing(Viewer reviewer, String note) {
        refuseIf(!reviewer.libraryAdmin(), Reason.NOT_ALLOWED, "review");
        refuseIf(shareStatus != ShareStatus.SUBMITTED, Reason.WRONG_SHARE_STATUS, shareStatus.name());
        shareStatus = ShareStatus.SHARED;
        shareNote = note == null || note.isBlank() ? null : note.strip();
    }

    void sendSharingBack(Viewer reviewer, String reason) {
        refuseIf(!reviewer.libraryAdmin(), Reason.NOT_ALLOWED, "review");
        refuseIf(shareStatus != ShareStatus.SUBMITTED, Reason.WRONG_SHARE_STATUS, shareStatus.name());
        refuseIf(reason == null || reason.isBlank(), Reason.REASON_REQUIRED, "send back");
        shareStatus = ShareStatus.NOT_SHARED;
        shareNote = reason.strip();
    }

    /** Stops sharing; linked copies made earlier keep what they took but get no further updates. */
    void stopSharing(Viewer viewer) {
        refuseIf(!mayEdit(viewer) && !viewer.libraryAdmin(), Reason.NOT_ALLOWED, "stop sharing");
        refuseIf(shareStatus == ShareStatus.NOT_SHARED, Reason.WRONG_SHARE_STATUS, shareStatus.name());
        shareStatus = ShareStatus.NOT_SHARED;
    }

    /** Replaces this linked copy's draft with an upstream version's content (its own code stays). */
    void takeUpstream(ModuleContent content, int version, Instant now) {
        refuseIf(upstream == null, Reason.NOT_A_LINKED_COPY, code);
        refuseIf(upstreamVersion != null && version <= upstreamVersion, Reason.UP_TO_DATE, "version " + version);
        replaceDraft(content, version, now);
    }

    private void replaceDraft(ModuleContent content, int version, Instant now) {
        title = content.title();
        summary = content.summary();
        outcomes.clear();
        content.outcomes().forEach(o -> outcomes.add(new ModuleOutcome(o.code(), o.statement(), o.competencyIds())));
        lessons.clear();
        for (ModuleContent.Lesson source : content.lessons()) {
            ModuleLesson lesson = new ModuleLesson(source.title());
            source.activities().forEach(a -> lesson.add(new ModuleActivity(a.kind(), a.title(), a.resourceId(), a.body(),
                    a.criteria(), a.questions(), a.draw())));
            lessons.add(lesson);
        }
        upstreamVersion = version;
        draftSavedAt = now;
    }

    // --- who may do what ---------------------------------------------------------------------------

    /** The author edits; so do the owner school's admins, for when the author has left. */
    public boolean mayEdit(Viewer viewer) {
        return viewer.personId() != null
                && (viewer.personId().equals(author.getId()) || viewer.administeredSchools().contains(school.getId()));
    }

    public boolean isLinkedCopy() {
        return upstream != null;
    }

    public boolean isPublished() {
        return publishedVersion > 0;
    }

    private ModuleOutcome outcome(String outcomeCode) {
        return outcomes.stream().filter(o -> o.getCode().equals(outcomeCode)).findFirst()
                .orElseThrow(() -> new ModuleRuleException(Reason.NOT_FOUND_IN_MODULE, outcomeCode));
    }

    ModuleLesson lesson(long lessonId) {
        return lessons.stream().filter(l -> l.getId() != null && l.getId() == lessonId).findFirst()
                .orElseThrow(() -> new ModuleRuleException(Reason.NOT_FOUND_IN_MODULE, "lesson " + lessonId));
    }

    private static void refuseIf(boolean refused, Reason reason, String detail) {
        if (refused) {
            throw new ModuleRuleException(reason, detail);
        }
    }

    public Long getId() {
        return id;
    }

    public Institution getSchool() {
        return school;
    }

    public Person getAuthor() {
        return author;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public int getPublishedVersion() {
        return publishedVersion;
    }

    public ShareStatus getShareStatus() {
        return shareStatus;
    }

    public String getShareNote() {
        return shareNote;
    }

    public CourseModule getUpstream() {
        return upstream;
    }

    public Integer getUpstreamVersion() {
        return upstreamVersion;
    }

    public ProgrammeCourse getProgrammeCourse() {
        return programmeCourse;
    }

    public List<ModuleOutcome> getOutcomes() {
        return Collections.unmodifiableList(outcomes);
    }

    public List<ModuleLesson> getLessons() {
        return Collections.unmodifiableList(lessons);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDraftSavedAt() {
        return draftSavedAt;
    }
}
