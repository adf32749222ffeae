package vn.tvet.lms.web.courseware;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tvet.lms.catalog.CompetencyFrameworks;
import vn.tvet.lms.catalog.CompetencyItem;
import vn.tvet.lms.catalog.FrameworkCatalogue;
import vn.tvet.lms.courseware.ModuleAuthoring;
import vn.tvet.lms.courseware.ModuleOutcome;
import vn.tvet.lms.web.platform.Texts;

/** The editor's outcomes: what a learner can do after the module, each mapped to competencies of a framework. */
@Named
@ViewScoped
public class ModuleOutcomesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ModuleDraft draft;

    @Inject
    ModuleAuthoring authoring;

    @Inject
    CompetencyFrameworks frameworks;

    @Inject
    FrameworkCatalogue frameworkCatalogue;

    @Inject
    Texts texts;

    private String outcomeCode;
    private String outcomeStatement;
    private String mappingOutcome;
    private Long mappingFrameworkId;
    /** The framework whose tree the picker shows; the mapping is saved within it. */
    private Long pickerFrameworkId;
    private CompetencyPicker picker;

    public void addOutcome() {
        if (draft.change(() -> authoring.addOutcome(draft.viewer(), draft.schoolId(), draft.moduleId(), outcomeCode,
                outcomeStatement))) {
            outcomeCode = null;
            outcomeStatement = null;
        }
    }

    public void removeOutcome(String code) {
        draft.change(() -> authoring.removeOutcome(draft.viewer(), draft.schoolId(), draft.moduleId(), code));
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
        Set<Long> mapped = draft.getModule().getOutcomes().stream().filter(o -> o.getCode().equals(mappingOutcome))
                .findFirst().map(ModuleOutcome::getCompetencyIds).orElse(Set.of());
        picker = new CompetencyPicker(frameworkCatalogue.tree(mappingFrameworkId).items(), mapped);
        pickerFrameworkId = mappingFrameworkId;
    }

    public void saveMapping() {
        if (picker == null) {
            return;
        }
        Set<Long> ticked = picker.tickedIds();
        if (draft.change(() -> authoring.mapOutcomeWithin(draft.viewer(), draft.schoolId(), draft.moduleId(),
                mappingOutcome, pickerFrameworkId, ticked))) {
            texts.info("modules.mappingSaved", mappingOutcome, ticked.size());
        }
    }

    /** The competencies an outcome is mapped to, for its chips. */
    public List<CompetencyItem> competenciesOf(ModuleOutcome outcome) {
        Map<Long, CompetencyItem> mapped = draft.derived("competencies", () -> {
            Set<Long> all = new HashSet<>();
            draft.getModule().getOutcomes().forEach(o -> all.addAll(o.getCompetencyIds()));
            return authoring.competencies(all).stream().collect(Collectors.toMap(CompetencyItem::getId,
                    Function.identity()));
        });
        return outcome.getCompetencyIds().stream().map(mapped::get).filter(Objects::nonNull).toList();
    }

    public List<SelectItem> getFrameworkChoices() {
        return draft.derived("frameworks", () -> frameworks.all().stream().map(f -> new SelectItem(f.getId(),
                f.getCode() + " " + f.getVersion() + " – " + f.getTitle())).toList());
    }

    public List<SelectItem> getOutcomeChoices() {
        return draft.getModule().getOutcomes().stream()
                .map(o -> new SelectItem(o.getCode(), o.getCode() + " – " + o.getStatement())).toList();
    }

    public CompetencyPicker getPicker() {
        return picker;
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
}
