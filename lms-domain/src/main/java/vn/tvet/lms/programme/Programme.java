package vn.tvet.lms.programme;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
import java.util.Collections;
import java.util.List;
import java.util.Set;
import vn.tvet.lms.catalog.Occupation;
import vn.tvet.lms.catalog.TrainingLevel;
import vn.tvet.lms.institution.Institution;
import vn.tvet.lms.programme.ProgrammeRuleException.Reason;

/**
 * A school's training programme (chương trình đào tạo) for one occupation at its level: learning
 * outcomes, a minimum learning volume in credits, and an ordered list of modules and subjects. Totals are
 * computed, never stored, so they cannot disagree with the list.
 */
@Entity
@Table(name = "programme")
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long revision;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false)
    private Institution school;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "occupation_id", nullable = false)
    private Occupation occupation;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "minimum_credits", nullable = false)
    private int minimumCredits;

    @ElementCollection
    @CollectionTable(name = "programme_outcome", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    private List<ProgrammeOutcome> outcomes = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "programme_id", nullable = false)
    @OrderColumn(name = "position")
    private List<ProgrammeCourse> courses = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Programme() {
        // for JPA
    }

    Programme(Institution school, Occupation occupation, String code, String title, int minimumCredits, Instant now) {
        this.school = school;
        this.occupation = occupation;
        this.code = code;
        this.title = title;
        this.minimumCredits = minimumCredits;
        this.updatedAt = now;
    }

    /** Renames the programme and sets its minimum learning volume; its code and occupation stay. */
    void describe(String newTitle, int newMinimumCredits, Instant now) {
        title = newTitle;
        minimumCredits = newMinimumCredits;
        updatedAt = now;
    }

    void addOutcome(String outcomeCode, String statement, Instant now) {
        if (outcomes.stream().anyMatch(o -> o.code().equalsIgnoreCase(outcomeCode))) {
            throw new ProgrammeRuleException(Reason.OUTCOME_CODE_TAKEN, outcomeCode);
        }
        outcomes.add(new ProgrammeOutcome(outcomeCode, statement));
        updatedAt = now;
    }

    void removeOutcome(String outcomeCode, Instant now) {
        if (!outcomes.removeIf(o -> o.code().equals(outcomeCode))) {
            throw new ProgrammeRuleException(Reason.NOT_FOUND_IN_PROGRAMME, outcomeCode);
        }
        courses.forEach(course -> course.forgetOutcome(outcomeCode));
        updatedAt = now;
    }

    /** Says which of the programme's outcomes a module or subject works towards (replacing what it said). */
    void coverOutcomes(String courseCode, Set<String> outcomeCodes, Instant now) {
        Set<String> known = new java.util.HashSet<>();
        outcomes.forEach(outcome -> known.add(outcome.code()));
        for (String code : outcomeCodes) {
            if (!known.contains(code)) {
                throw new ProgrammeRuleException(Reason.NOT_FOUND_IN_PROGRAMME, code);
            }
        }
        courses.get(indexOf(courseCode)).coverOutcomes(outcomeCodes);
        updatedAt = now;
    }

    /** Replaces the framework competencies a module or subject builds (ids checked by the caller). */
    void mapCompetencies(String courseCode, Set<Long> competencyIds, Instant now) {
        courses.get(indexOf(courseCode)).mapCompetencies(competencyIds);
        updatedAt = now;
    }

    /**
     * For each unit of the framework, the modules and subjects that build it: those mapped to the unit
     * itself or to one of its elements or criteria. A unit with none is not covered.
     */
    public java.util.Map<vn.tvet.lms.catalog.CompetencyItem, List<ProgrammeCourse>> competencyCoverage(
            List<vn.tvet.lms.catalog.CompetencyItem> frameworkItemsInTreeOrder) {
        return competencyCoverage(frameworkItemsInTreeOrder, java.util.Map.of());
    }

    /**
     * The same, where a course also counts the competencies in {@code fromModules} (course id to the
     * competencies its authored modules' outcomes are mapped to).
     */
    public java.util.Map<vn.tvet.lms.catalog.CompetencyItem, List<ProgrammeCourse>> competencyCoverage(
            List<vn.tvet.lms.catalog.CompetencyItem> frameworkItemsInTreeOrder, java.util.Map<Long, Set<Long>> fromModules) {
        java.util.Map<vn.tvet.lms.catalog.CompetencyItem, List<ProgrammeCourse>> coverage = new java.util.LinkedHashMap<>();
        vn.tvet.lms.catalog.CompetencyItem unit = null;
        java.util.Map<vn.tvet.lms.catalog.CompetencyItem, Set<Long>> idsUnderUnit = new java.util.LinkedHashMap<>();
        for (vn.tvet.lms.catalog.CompetencyItem item : frameworkItemsInTreeOrder) {
            if (item.getKind() == vn.tvet.lms.catalog.CompetencyKind.UNIT) {
                unit = item;
                idsUnderUnit.put(unit, new java.util.HashSet<>());
            }
            if (unit != null) {
                idsUnderUnit.get(unit).add(item.getId());
            }
        }
        idsUnderUnit.forEach((u, ids) -> coverage.put(u, courses.stream()
                .filter(course -> java.util.stream.Stream.concat(course.getCompetencyIds().stream(),
                        fromModules(fromModules, course).stream()).anyMatch(ids::contains)).toList()));
        return coverage;
    }

    private static Set<Long> fromModules(java.util.Map<Long, Set<Long>> fromModules, ProgrammeCourse course) {
        return course.getId() == null ? Set.of() : fromModules.getOrDefault(course.getId(), Set.of());
    }

    /** For each outcome, in order, the modules and subjects that work towards it (empty: not covered). */
    public java.util.Map<ProgrammeOutcome, List<ProgrammeCourse>> getCoverage() {
        java.util.Map<ProgrammeOutcome, List<ProgrammeCourse>> coverage = new java.util.LinkedHashMap<>();
        for (ProgrammeOutcome outcome : outcomes) {
            coverage.put(outcome, courses.stream().filter(c -> c.getOutcomeCodes().contains(outcome.code())).toList());
        }
        return coverage;
    }

    /** The outcomes no module or subject works towards yet. */
    public List<ProgrammeOutcome> getUncoveredOutcomes() {
        return getCoverage().entrySet().stream().filter(e -> e.getValue().isEmpty()).map(java.util.Map.Entry::getKey).toList();
    }

    void addCourse(CourseDetails details, Instant now) {
        if (courses.stream().anyMatch(c -> c.getCode().equalsIgnoreCase(details.code()))) {
            throw new ProgrammeRuleException(Reason.COURSE_CODE_TAKEN, details.code());
        }
        if (details.theoryHours() + details.practiceHours() == 0) {
            throw new ProgrammeRuleException(Reason.NO_HOURS, details.code());
        }
        courses.add(new ProgrammeCourse(this, details));
        updatedAt = now;
    }

    void removeCourse(String courseCode, Instant now) {
        if (!courses.removeIf(c -> c.getCode().equals(courseCode))) {
            throw new ProgrammeRuleException(Reason.NOT_FOUND_IN_PROGRAMME, courseCode);
        }
        updatedAt = now;
    }

    /** Moves a course up ({@code -1}) or down ({@code +1}); at either end nothing moves. */
    void moveCourse(String courseCode, int step, Instant now) {
        int from = indexOf(courseCode);
        int to = from + Integer.signum(step);
        if (to >= 0 && to < courses.size()) {
            Collections.swap(courses, from, to);
            updatedAt = now;
        }
    }

    private int indexOf(String courseCode) {
        for (int i = 0; i < courses.size(); i++) {
            if (courses.get(i).getCode().equals(courseCode)) {
                return i;
            }
        }
        throw new ProgrammeRuleException(Reason.NOT_FOUND_IN_PROGRAMME, courseCode);
    }

    public int getTotalCredits() {
        return courses.stream().mapToInt(ProgrammeCourse::getCredits).sum();
    }

    public int getTotalTheoryHours() {
        return courses.stream().mapToInt(ProgrammeCourse::getTheoryHours).sum();
    }

    public int getTotalPracticeHours() {
        return courses.stream().mapToInt(ProgrammeCourse::getPracticeHours).sum();
    }

    /** Whether the listed courses reach the programme's minimum learning volume. */
    public boolean isVolumeReached() {
        return getTotalCredits() >= minimumCredits;
    }

    public TrainingLevel getLevel() {
        return occupation.getLevel();
    }

    public Long getId() {
        return id;
    }

    public Institution getSchool() {
        return school;
    }

    public Occupation getOccupation() {
        return occupation;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public int getMinimumCredits() {
        return minimumCredits;
    }

    public List<ProgrammeOutcome> getOutcomes() {
        return List.copyOf(outcomes);
    }

    public List<ProgrammeCourse> getCourses() {
        return List.copyOf(courses);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
