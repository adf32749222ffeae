package vn.tvet.lms.web.programme;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tvet.lms.catalog.CompetencyFrameworks;
import vn.tvet.lms.catalog.CompetencyItem;
import vn.tvet.lms.catalog.FrameworkCatalogue;
import vn.tvet.lms.programme.ProgrammeAuthoring;
import vn.tvet.lms.programme.ProgrammeCourse;
import vn.tvet.lms.web.platform.Texts;

/**
 * The programme editor's competency mapping: which competencies of a framework version each module or
 * subject builds, and how the programme covers the framework's units.
 */
@Named
@ViewScoped
public class ProgrammeMappingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeDraft draft;

    @Inject
    ProgrammeAuthoring authoring;

    @Inject
    CompetencyFrameworks frameworks;

    @Inject
    FrameworkCatalogue frameworkCatalogue;

    @Inject
    Texts texts;

    private Long mappingFrameworkId;
    private String mappingCourseCode;
    private List<String> mappingSelected = new ArrayList<>();
    private List<SelectItem> mappingItems = List.of();

    /** Starts on the framework the programme is mapped to, so its coverage shows without asking. */
    @PostConstruct
    void chooseMappedFramework() {
        mappingFrameworkId = authoring.mostMappedFramework(draft.schoolId(), draft.programmeId()).orElse(null);
    }

    /** Shows the competencies of the chosen framework, ticked where the chosen course already builds them. */
    public void showMapping() {
        if (mappingFrameworkId == null || mappingCourseCode == null) {
            texts.error("programmes.chooseFrameworkAndCourse");
            return;
        }
        var tree = frameworkCatalogue.tree(mappingFrameworkId);
        mappingItems = tree.items().stream().map(item -> new SelectItem(String.valueOf(item.getId()),
                "\u00a0\u00a0\u00a0".repeat(item.getDepth()) + item.getCode() + " – " + item.getStatement())).toList();
        Set<Long> mapped = draft.getProgramme().getCourses().stream().filter(c -> c.getCode().equals(mappingCourseCode))
                .findFirst().map(ProgrammeCourse::getCompetencyIds).orElse(Set.of());
        mappingSelected = tree.items().stream().map(CompetencyItem::getId).filter(mapped::contains)
                .map(String::valueOf).collect(Collectors.toCollection(ArrayList::new));
    }

    public void saveMapping() {
        Set<Long> ids = mappingSelected.stream().map(Long::valueOf).collect(Collectors.toSet());
        if (draft.change(() -> authoring.mapCompetencies(draft.viewer(), draft.schoolId(), draft.programmeId(),
                mappingCourseCode, mappingFrameworkId, ids))) {
            texts.info("programmes.mappingSaved", mappingCourseCode, ids.size());
        }
    }

    /** How the programme covers the chosen framework's units; null until a framework is chosen. */
    public ProgrammeAuthoring.CompetencyCoverage getCompetencyCoverage() {
        if (mappingFrameworkId == null) {
            return null;
        }
        Long frameworkId = mappingFrameworkId;
        return draft.derived("coverage of " + frameworkId,
                () -> authoring.competencyCoverage(draft.schoolId(), draft.programmeId(), frameworkId));
    }

    public List<SelectItem> getFrameworkChoices() {
        return draft.derived("frameworks", () -> frameworks.all().stream().map(f -> new SelectItem(f.getId(),
                f.getCode() + " " + f.getVersion() + " – " + f.getTitle())).toList());
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

    public List<String> getMappingSelected() {
        return mappingSelected;
    }

    public void setMappingSelected(List<String> mappingSelected) {
        this.mappingSelected = mappingSelected;
    }

    public List<SelectItem> getMappingItems() {
        return mappingItems;
    }
}
