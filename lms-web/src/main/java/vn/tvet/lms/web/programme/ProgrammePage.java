package vn.tvet.lms.web.programme;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.tvet.lms.programme.CourseDetails;
import vn.tvet.lms.programme.CourseKind;
import vn.tvet.lms.programme.Programme;
import vn.tvet.lms.programme.ProgrammeAuthoring;
import vn.tvet.lms.programme.ProgrammeNotFoundException;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.Texts;

/** One programme: its outcomes and its ordered modules and subjects, with totals against the minimum. */
@Named
@ViewScoped
public class ProgrammePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ProgrammeAuthoring authoring;

    @Inject
    Texts texts;

    @Inject
    vn.tvet.lms.web.platform.PageActions pageActions;

    @Inject
    vn.tvet.lms.catalog.CompetencyFrameworks frameworks;

    @Inject
    vn.tvet.lms.catalog.FrameworkCatalogue frameworkCatalogue;

    @Inject
    vn.tvet.lms.programme.CreditTransfer creditTransfer;

    private Long equivalenceOwnCourse;
    private Long equivalenceOtherProgramme;
    private Long equivalenceOtherCourse;
    private String equivalenceNote;

    private String id;
    private long programmeId;
    private long schoolId;
    private transient Programme programme;
    private java.util.Map<String, Object> coverage = new java.util.HashMap<>();
    private Long mappingFrameworkId;
    private String mappingCourseCode;
    private java.util.List<String> mappingSelected = new java.util.ArrayList<>();
    private java.util.List<jakarta.faces.model.SelectItem> mappingItems = java.util.List.of();
    private transient ProgrammeAuthoring.CompetencyCoverage competencyCoverage;
    private String title;
    private Integer minimumCredits;
    private String outcomeCode;
    private String outcomeStatement;
    private String courseCode;
    private String courseName;
    private CourseKind courseKind = CourseKind.MODULE;
    private Integer credits;
    private Integer theoryHours;
    private Integer practiceHours;

    public void load() {
        schoolId = currentUser.requireTeachingSchool();
        try {
            programmeId = Long.parseLong(String.valueOf(id));
        } catch (NumberFormatException e) {
            throw new ProgrammeNotFoundException(-1);
        }
        reload();
    }

    private void reload() {
        programme = authoring.get(schoolId, programmeId);
        coverage = new java.util.HashMap<>();
        programme.getCourses().forEach(course -> coverage.put(course.getCode(), new java.util.ArrayList<>(course.getOutcomeCodes())));
    }

    /** Saves which outcomes a module or subject works towards, as ticked in its row. */
    public void saveCoverage(String courseCode) {
        Object ticked = coverage.get(courseCode);
        // JSF writes a String[] into a map entry unless told otherwise; take either shape.
        java.util.Set<String> codes = ticked instanceof String[] array ? java.util.Set.of(array)
                : ticked instanceof java.util.Collection<?> list ? list.stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.toSet()) : java.util.Set.of();
        change(() -> authoring.coverOutcomes(currentUser.viewer(), schoolId, programmeId, courseCode, codes));
    }

    /** Shows the competencies of the chosen framework, ticked where the chosen course already builds them. */
    public void showMapping() {
        if (mappingFrameworkId == null || mappingCourseCode == null) {
            texts.error("programmes.chooseFrameworkAndCourse");
            return;
        }
        var tree = frameworkCatalogue.tree(mappingFrameworkId);
        mappingItems = tree.items().stream().map(item -> new jakarta.faces.model.SelectItem(String.valueOf(item.getId()),
                "\u00a0\u00a0\u00a0".repeat(item.getDepth()) + item.getCode() + " – " + item.getStatement())).toList();
        java.util.Set<Long> mapped = getProgramme().getCourses().stream().filter(c -> c.getCode().equals(mappingCourseCode))
                .findFirst().map(vn.tvet.lms.programme.ProgrammeCourse::getCompetencyIds).orElse(java.util.Set.of());
        mappingSelected = tree.items().stream().map(vn.tvet.lms.catalog.CompetencyItem::getId).filter(mapped::contains)
                .map(String::valueOf).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        competencyCoverage = null;
    }

    public void saveMapping() {
        java.util.Set<Long> ids = mappingSelected.stream().map(Long::valueOf).collect(java.util.stream.Collectors.toSet());
        if (change(() -> authoring.mapCompetencies(currentUser.viewer(), schoolId, programmeId, mappingCourseCode, mappingFrameworkId, ids))) {
            texts.info("programmes.mappingSaved", mappingCourseCode, ids.size());
        }
        competencyCoverage = null;
    }

    /** How the programme covers the chosen framework's units; null until a framework is chosen. */
    public ProgrammeAuthoring.CompetencyCoverage getCompetencyCoverage() {
        if (competencyCoverage == null && mappingFrameworkId != null) {
            competencyCoverage = authoring.competencyCoverage(schoolId, programmeId, mappingFrameworkId);
        }
        return competencyCoverage;
    }

    public java.util.List<jakarta.faces.model.SelectItem> getFrameworkChoices() {
        return frameworks.all().stream().map(f -> new jakarta.faces.model.SelectItem(f.getId(),
                f.getCode() + " " + f.getVersion() + " – " + f.getTitle())).toList();
    }

    public Long getMappingFrameworkId() {
        return mappingFrameworkId;
    }

    public void setMappingFrameworkId(Long mappingFrameworkId) {
        this.mappingFrameworkId = mappingFrameworkId;
    }

    public String getMappingCourseCode() {
        return mappingCourseCode;
    }

    public void setMappingCourseCode(String mappingCourseCode) {
        this.mappingCourseCode = mappingCourseCode;
    }

    public java.util.List<String> getMappingSelected() {
        return mappingSelected;
    }

    public void setMappingSelected(java.util.List<String> mappingSelected) {
        this.mappingSelected = mappingSelected;
    }

    public java.util.List<jakarta.faces.model.SelectItem> getMappingItems() {
        return mappingItems;
    }

    /** Per course code, the outcome codes ticked in its row (bound to the checkboxes). */
    public java.util.Map<String, Object> getCoverage() {
        return coverage;
    }

    /** The coverage table: each outcome with the codes of the courses that work towards it. */
    public java.util.List<CoverageRow> getCoverageRows() {
        return getProgramme().getCoverage().entrySet().stream().map(entry -> new CoverageRow(entry.getKey().code(),
                entry.getKey().statement(), entry.getValue().stream().map(c -> c.getCode() + " " + c.getName()).toList()))
                .toList();
    }

    /** One outcome and the courses covering it; none means it is not covered yet. */
    public record CoverageRow(String code, String statement, java.util.List<String> courses) {
    }

    /** Saves the programme's title and minimum learning volume (its code and occupation stay). */
    public void describe() {
        if (change(() -> authoring.describe(currentUser.viewer(), schoolId, programmeId, title, minimumCredits == null ? 0 : minimumCredits))) {
            texts.info("programmes.described");
        }
    }

    public String getTitle() {
        if (title == null) {
            title = getProgramme().getTitle();
        }
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getMinimumCredits() {
        if (minimumCredits == null) {
            minimumCredits = getProgramme().getMinimumCredits();
        }
        return minimumCredits;
    }

    public void setMinimumCredits(Integer minimumCredits) {
        this.minimumCredits = minimumCredits;
    }

    public void addOutcome() {
        change(() -> authoring.addOutcome(currentUser.viewer(), schoolId, programmeId, outcomeCode, outcomeStatement));
        outcomeCode = null;
        outcomeStatement = null;
    }

    public void removeOutcome(String code) {
        change(() -> authoring.removeOutcome(currentUser.viewer(), schoolId, programmeId, code));
    }

    public void addCourse() {
        if (change(() -> authoring.addCourse(currentUser.viewer(), schoolId, programmeId, new CourseDetails(courseCode, courseName, courseKind,
                credits == null ? 0 : credits, theoryHours == null ? 0 : theoryHours,
                practiceHours == null ? 0 : practiceHours)))) {
            courseCode = null;
            courseName = null;
            credits = null;
            theoryHours = null;
            practiceHours = null;
        }
    }

    public void removeCourse(String code) {
        change(() -> authoring.removeCourse(currentUser.viewer(), schoolId, programmeId, code));
    }

    public void moveUp(String code) {
        change(() -> authoring.moveCourse(currentUser.viewer(), schoolId, programmeId, code, -1));
    }

    public void moveDown(String code) {
        change(() -> authoring.moveCourse(currentUser.viewer(), schoolId, programmeId, code, +1));
    }

    /** Runs a change, shows the rule it broke if any, and shows the programme as it is now. */
    private boolean change(Runnable action) {
        boolean done = pageActions.run(action);
        reload();
        return done;
    }

    // --- credit transfer (liên thông) -----------------------------------------------------------

    /** The equivalences touching this programme, each seen from this programme's side. */
    public java.util.List<EquivalenceRow> getEquivalences() {
        java.util.Set<Long> ours = new java.util.HashSet<>();
        getProgramme().getCourses().forEach(c -> ours.add(c.getId()));
        return creditTransfer.ofProgramme(programmeId).stream().map(e -> {
            vn.tvet.lms.programme.ProgrammeCourse own = ours.contains(e.getCourse().getId()) ? e.getCourse() : e.getEquivalentCourse();
            vn.tvet.lms.programme.ProgrammeCourse other = e.otherThan(own.getId());
            return new EquivalenceRow(e.getId(), own.getCode() + " " + own.getName(), other.getProgramme().getSchool().getName(),
                    other.getProgramme().getCode() + " " + other.getProgramme().getTitle(), other.getCode() + " " + other.getName(),
                    other.getCredits(), e.getNote());
        }).toList();
    }

    /** One equivalence: our module or subject and the one of another programme whose result counts for it. */
    public record EquivalenceRow(long id, String ownCourse, String otherSchool, String otherProgramme, String otherCourse,
            int otherCredits, String note) {
    }

    /** Other programmes of the network, by school: the first step of choosing the equivalent course. */
    public java.util.List<jakarta.faces.model.SelectItem> getOtherProgrammes() {
        return creditTransfer.otherProgrammes(programmeId).stream().map(p -> new jakarta.faces.model.SelectItem(p.getId(),
                p.getSchool().getName() + " · " + p.getCode() + " " + p.getTitle())).toList();
    }

    /** The chosen other programme's modules and subjects. */
    public java.util.List<jakarta.faces.model.SelectItem> getOtherCourses() {
        if (equivalenceOtherProgramme == null) {
            return java.util.List.of();
        }
        return creditTransfer.coursesOf(equivalenceOtherProgramme).stream().map(c -> new jakarta.faces.model.SelectItem(
                c.getId(), c.getCode() + " " + c.getName() + " (" + c.getCredits() + " TC)")).toList();
    }

    public void recordEquivalence() {
        if (equivalenceOwnCourse == null || equivalenceOtherCourse == null) {
            texts.error("programmes.chooseBothCourses");
            return;
        }
        if (change(() -> creditTransfer.record(schoolId, currentUser.viewer(), equivalenceOwnCourse, equivalenceOtherCourse,
                equivalenceNote))) {
            texts.info("programmes.equivalenceRecorded");
            equivalenceOtherCourse = null;
            equivalenceNote = null;
        }
    }

    public void removeEquivalence(long equivalenceId) {
        change(() -> creditTransfer.remove(currentUser.viewer(), schoolId, equivalenceId));
    }

    public Long getEquivalenceOwnCourse() {
        return equivalenceOwnCourse;
    }

    public void setEquivalenceOwnCourse(Long equivalenceOwnCourse) {
        this.equivalenceOwnCourse = equivalenceOwnCourse;
    }

    public Long getEquivalenceOtherProgramme() {
        return equivalenceOtherProgramme;
    }

    public void setEquivalenceOtherProgramme(Long equivalenceOtherProgramme) {
        this.equivalenceOtherProgramme = equivalenceOtherProgramme;
    }

    public Long getEquivalenceOtherCourse() {
        return equivalenceOtherCourse;
    }

    public void setEquivalenceOtherCourse(Long equivalenceOtherCourse) {
        this.equivalenceOtherCourse = equivalenceOtherCourse;
    }

    public String getEquivalenceNote() {
        return equivalenceNote;
    }

    public void setEquivalenceNote(String equivalenceNote) {
        this.equivalenceNote = equivalenceNote;
    }

    public CourseKind[] getCourseKinds() {
        return CourseKind.values();
    }

    public Programme getProgramme() {
        if (programme == null) {
            reload();
        }
        return programme;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
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

    public String getCourseCode() {
        return courseCode;
    }

    public void setCourseCode(String courseCode) {
        this.courseCode = courseCode;
    }

    public String getCourseName() {
        return courseName;
    }

    public void setCourseName(String courseName) {
        this.courseName = courseName;
    }

    public CourseKind getCourseKind() {
        return courseKind;
    }

    public void setCourseKind(CourseKind courseKind) {
        this.courseKind = courseKind;
    }

    public Integer getCredits() {
        return credits;
    }

    public void setCredits(Integer credits) {
        this.credits = credits;
    }

    public Integer getTheoryHours() {
        return theoryHours;
    }

    public void setTheoryHours(Integer theoryHours) {
        this.theoryHours = theoryHours;
    }

    public Integer getPracticeHours() {
        return practiceHours;
    }

    public void setPracticeHours(Integer practiceHours) {
        this.practiceHours = practiceHours;
    }
}
