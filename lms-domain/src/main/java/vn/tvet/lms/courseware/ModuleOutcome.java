package vn.tvet.lms.courseware;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Set;
import java.util.TreeSet;

/**
 * A learning outcome of a module and the competencies (units, elements, performance criteria of any
 * framework versions) it builds.
 */
@Entity
@Table(name = "module_outcome")
public class ModuleOutcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(nullable = false, length = 2000)
    private String statement;

    @ElementCollection
    @CollectionTable(name = "module_outcome_competency", joinColumns = @JoinColumn(name = "outcome_id"))
    @Column(name = "competency_item_id", nullable = false)
    private Set<Long> competencyIds = new TreeSet<>();

    protected ModuleOutcome() {
        // for JPA
    }

    ModuleOutcome(String code, String statement, Set<Long> competencyIds) {
        this.code = code;
        this.statement = statement;
        this.competencyIds.addAll(competencyIds);
    }

    void map(Set<Long> ids) {
        competencyIds.clear();
        competencyIds.addAll(ids);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getStatement() {
        return statement;
    }

    public Set<Long> getCompetencyIds() {
        return Set.copyOf(competencyIds);
    }
}
