package vn.tvet.lms.web.programme;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tvet.lms.programme.CourseDetails;
import vn.tvet.lms.programme.CourseKind;
import vn.tvet.lms.programme.ProgrammeAuthoring;
import vn.tvet.lms.web.platform.Texts;

/**
 * The programme editor's first section: title and minimum, outcomes, and the ordered modules and subjects
 * with the outcomes each works towards. Mapping and credit transfer are {@link ProgrammeMappingPage} and
 * {@link CreditEquivalencesPage}.
 */
@Named
@ViewScoped
public class ProgrammePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeDraft draft;

    @Inject
    ProgrammeAuthoring authoring;

    @Inject
    Texts texts;

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

    /** Saves which outcomes a module or subject works towards, as ticked in its row. */
    public void saveCoverage(String courseCode) {
        Object ticked = getCoverage().get(courseCode);
        // JSF writes a String[] into a map entry unless told otherwise; take either shape.
        Set<String> codes = ticked instanceof String[] array ? Set.of(array)
                : ticked instanceof Collection<?> list ? list.stream().map(String::valueOf)
                        .collect(Collectors.toSet()) : Set.of();
        draft.change(() -> authoring.coverOutcomes(draft.viewer(), draft.schoolId(), draft.programmeId(), courseCode, codes));
    }

    /** Per course code, the outcome codes ticked in its row (bound to the checkboxes). */
    public Map<String, Object> getCoverage() {
        return draft.derived("coverage", () -> {
            Map<String, Object> ticked = new HashMap<>();
            draft.getProgramme().getCourses().forEach(course -> ticked.put(course.getCode(),
                    new ArrayList<>(course.getOutcomeCodes())));
            return ticked;
        });
    }

    /** The coverage table: each outcome with the codes of the courses that work towards it. */
    public List<CoverageRow> getCoverageRows() {
        return draft.getProgramme().getCoverage().entrySet().stream().map(entry -> new CoverageRow(entry.getKey().code(),
                entry.getKey().statement(), entry.getValue().stream().map(c -> c.getCode() + " " + c.getName()).toList()))
                .toList();
    }

    /** One outcome and the courses covering it; none means it is not covered yet. */
    public record CoverageRow(String code, String statement, List<String> courses) {
    }

    /** Saves the programme's title and minimum learning volume (its code and occupation stay). */
    public void describe() {
        if (draft.change(() -> authoring.describe(draft.viewer(), draft.schoolId(), draft.programmeId(), title, minimumCredits == null ? 0 : minimumCredits))) {
            texts.info("programmes.described");
        }
    }

    public String getTitle() {
        if (title == null) {
            title = draft.getProgramme().getTitle();
        }
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getMinimumCredits() {
        if (minimumCredits == null) {
            minimumCredits = draft.getProgramme().getMinimumCredits();
        }
        return minimumCredits;
    }

    public void setMinimumCredits(Integer minimumCredits) {
        this.minimumCredits = minimumCredits;
    }

    public void addOutcome() {
        draft.change(() -> authoring.addOutcome(draft.viewer(), draft.schoolId(), draft.programmeId(), outcomeCode, outcomeStatement));
        outcomeCode = null;
        outcomeStatement = null;
    }

    public void removeOutcome(String code) {
        draft.change(() -> authoring.removeOutcome(draft.viewer(), draft.schoolId(), draft.programmeId(), code));
    }

    public void addCourse() {
        if (draft.change(() -> authoring.addCourse(draft.viewer(), draft.schoolId(), draft.programmeId(), new CourseDetails(courseCode, courseName, courseKind,
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
        draft.change(() -> authoring.removeCourse(draft.viewer(), draft.schoolId(), draft.programmeId(), code));
    }

    public void moveUp(String code) {
        draft.change(() -> authoring.moveCourse(draft.viewer(), draft.schoolId(), draft.programmeId(), code, -1));
    }

    public void moveDown(String code) {
        draft.change(() -> authoring.moveCourse(draft.viewer(), draft.schoolId(), draft.programmeId(), code, +1));
    }

    public CourseKind[] getCourseKinds() {
        return CourseKind.values();
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
