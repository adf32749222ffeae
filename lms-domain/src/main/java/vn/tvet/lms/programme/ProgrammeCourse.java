package vn.tvet.lms.programme;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Set;
import java.util.TreeSet;

/** A module or subject in a programme, in its place in the programme's order. */
@Entity
@Table(name = "programme_course")
public class ProgrammeCourse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false, insertable = false, updatable = false)
    private Programme programme;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CourseKind kind;

    @Column(nullable = false)
    private int credits;

    @Column(name = "theory_hours", nullable = false)
    private int theoryHours;

    @Column(name = "practice_hours", nullable = false)
    private int practiceHours;

    /** Codes of the programme outcomes this module or subject works towards. */
    @ElementCollection
    @CollectionTable(name = "programme_course_outcome", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "outcome_code", nullable = false, length = 30)
    private Set<String> outcomeCodes = new TreeSet<>();

    protected ProgrammeCourse() {
        // for JPA
    }

    ProgrammeCourse(Programme programme, CourseDetails details) {
        this.programme = programme;
        this.code = details.code();
        this.name = details.name();
        this.kind = details.kind();
        this.credits = details.credits();
        this.theoryHours = details.theoryHours();
        this.practiceHours = details.practiceHours();
    }

    /** Ids of the framework competencies (units, elements, criteria) this module or subject builds. */
    @ElementCollection
    @CollectionTable(name = "programme_course_competency", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "competency_item_id", nullable = false)
    private Set<Long> competencyIds = new java.util.HashSet<>();

    void mapCompetencies(Set<Long> ids) {
        competencyIds.clear();
        competencyIds.addAll(ids);
    }

    public Set<Long> getCompetencyIds() {
        return Set.copyOf(competencyIds);
    }

    void coverOutcomes(Set<String> codes) {
        outcomeCodes.clear();
        outcomeCodes.addAll(codes);
    }

    void forgetOutcome(String code) {
        outcomeCodes.remove(code);
    }

    public Set<String> getOutcomeCodes() {
        return Set.copyOf(outcomeCodes);
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public CourseKind getKind() {
        return kind;
    }

    public int getCredits() {
        return credits;
    }

    public int getTheoryHours() {
        return theoryHours;
    }

    public int getPracticeHours() {
        return practiceHours;
    }

    public int getTotalHours() {
        return theoryHours + practiceHours;
    }
}
