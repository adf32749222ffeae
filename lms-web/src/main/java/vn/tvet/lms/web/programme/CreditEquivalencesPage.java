package vn.tvet.lms.web.programme;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tvet.lms.programme.CreditTransfer;
import vn.tvet.lms.programme.ProgrammeCourse;
import vn.tvet.lms.web.platform.Texts;

/**
 * The programme editor's credit transfer (liên thông): modules and subjects of other programmes whose
 * results count for ours.
 */
@Named
@ViewScoped
public class CreditEquivalencesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeDraft draft;

    @Inject
    CreditTransfer creditTransfer;

    @Inject
    Texts texts;

    private Long equivalenceOwnCourse;
    private Long equivalenceOtherProgramme;
    private Long equivalenceOtherCourse;
    private String equivalenceNote;

    /** The equivalences touching this programme, each seen from this programme's side. */
    public List<EquivalenceRow> getEquivalences() {
        return draft.derived("equivalences", () -> {
            Set<Long> ours = new HashSet<>();
            draft.getProgramme().getCourses().forEach(c -> ours.add(c.getId()));
            return creditTransfer.ofProgramme(draft.programmeId()).stream().map(e -> {
                ProgrammeCourse own = ours.contains(e.getCourse().getId()) ? e.getCourse() : e.getEquivalentCourse();
                ProgrammeCourse other = e.otherThan(own.getId());
                return new EquivalenceRow(e.getId(), own.getCode() + " " + own.getName(),
                        other.getProgramme().getSchool().getName(),
                        other.getProgramme().getCode() + " " + other.getProgramme().getTitle(),
                        other.getCode() + " " + other.getName(), other.getCredits(), e.getNote());
            }).toList();
        });
    }

    /** One equivalence: our module or subject and the one of another programme whose result counts for it. */
    public record EquivalenceRow(long id, String ownCourse, String otherSchool, String otherProgramme, String otherCourse,
            int otherCredits, String note) {
    }

    /** Other programmes of the network, by school: the first step of choosing the equivalent course. */
    public List<SelectItem> getOtherProgrammes() {
        return draft.derived("otherProgrammes", () -> creditTransfer.otherProgrammes(draft.programmeId()).stream()
                .map(p -> new SelectItem(p.getId(), p.getSchool().getName() + " · " + p.getCode() + " " + p.getTitle()))
                .toList());
    }

    /** The chosen other programme's modules and subjects. */
    public List<SelectItem> getOtherCourses() {
        if (equivalenceOtherProgramme == null) {
            return List.of();
        }
        Long otherProgramme = equivalenceOtherProgramme;
        return draft.derived("coursesOf " + otherProgramme, () -> creditTransfer.coursesOf(otherProgramme).stream()
                .map(c -> new SelectItem(c.getId(), c.getCode() + " " + c.getName() + " (" + c.getCredits() + " TC)"))
                .toList());
    }

    public void recordEquivalence() {
        if (equivalenceOwnCourse == null || equivalenceOtherCourse == null) {
            texts.error("programmes.chooseBothCourses");
            return;
        }
        if (draft.change(() -> creditTransfer.record(draft.viewer(), draft.schoolId(), equivalenceOwnCourse,
                equivalenceOtherCourse, equivalenceNote))) {
            texts.info("programmes.equivalenceRecorded");
            equivalenceOtherCourse = null;
            equivalenceNote = null;
        }
    }

    public void removeEquivalence(long equivalenceId) {
        draft.change(() -> creditTransfer.remove(draft.viewer(), draft.schoolId(), equivalenceId));
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
}
