package vn.tvet.lms.web.classes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.tvet.lms.classes.ClassNotFoundException;
import vn.tvet.lms.classes.ClassTeaching;
import vn.tvet.lms.classes.ProgrammeClassTeaching;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.PageActions;
import vn.tvet.lms.web.platform.Texts;

/**
 * A programme class for the people who run it: its module classes (and the modules still to be published), and
 * its learners, enrolled in every module class at once.
 */
@Named
@ViewScoped
public class ProgrammeClassPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ProgrammeClassTeaching teaching;

    @Inject
    PageActions pageActions;

    @Inject
    Texts texts;

    private String id;
    private long schoolId;
    private long programmeClassId;
    private transient ProgrammeClassTeaching.Overview overview;
    private transient ClassTeaching.CandidatePage candidates;
    private String candidateFilter;
    private List<Long> chosen = new ArrayList<>();

    /** View action: the programme class, if the person runs it (404 otherwise, also for another school's id). */
    public void load() {
        schoolId = currentUser.requireTeachingSchool();
        try {
            programmeClassId = Long.parseLong(String.valueOf(id).strip());
        } catch (NumberFormatException e) {
            throw new ClassNotFoundException(-1);
        }
        getOverview();
    }

    public ProgrammeClassTeaching.Overview getOverview() {
        if (overview == null) {
            overview = teaching.overview(currentUser.viewer(), schoolId, programmeClassId);
        }
        return overview;
    }

    public ClassTeaching.CandidatePage getCandidates() {
        if (candidates == null) {
            candidates = teaching.candidates(currentUser.viewer(), schoolId, programmeClassId, candidateFilter, 0,
                    ClassPage.CANDIDATES_SHOWN);
        }
        return candidates;
    }

    public void findCandidates() {
        candidates = null;
        chosen = new ArrayList<>();
    }

    public void enrolChosen() {
        if (chosen.isEmpty()) {
            texts.fieldError("enrol:chosen", "classes.chooseLearners");
            return;
        }
        pageActions.call(() -> teaching.enrol(currentUser.viewer(), schoolId, programmeClassId, chosen)).ifPresent(joined -> {
            texts.info("programmeClasses.enrolled", joined, getOverview().moduleClasses().size());
            refresh();
        });
    }

    public void withdraw(long personId, String name) {
        if (pageActions.run(() -> teaching.withdraw(currentUser.viewer(), schoolId, programmeClassId, personId))) {
            texts.info("programmeClasses.withdrawn", name);
            refresh();
        }
    }

    public void openPublished() {
        pageActions.call(() -> teaching.openPublished(currentUser.viewer(), schoolId, programmeClassId)).ifPresent(opened -> {
            texts.info("programmeClasses.openedMore", opened);
            refresh();
        });
    }

    /** Whether some module of the programme is published and has no module class here yet. */
    public boolean isPublishableWaiting() {
        return getOverview().waiting().stream().anyMatch(ProgrammeClassTeaching.Waiting::publishable);
    }

    /** A new key for the class (the old one stops working). */
    public void newKey() {
        pageActions.call(() -> teaching.changeKey(currentUser.viewer(), schoolId, programmeClassId, true)).ifPresent(key -> {
            texts.info("classes.keyChanged", key);
            refresh();
        });
    }

    public void removeKey() {
        if (pageActions.run(() -> teaching.changeKey(currentUser.viewer(), schoolId, programmeClassId, false))) {
            texts.info("classes.keyRemoved");
            refresh();
        }
    }

    long schoolId() {
        return schoolId;
    }

    long programmeClassId() {
        return programmeClassId;
    }

    void refresh() {
        overview = null;
        candidates = null;
        chosen = new ArrayList<>();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getCandidateFilter() {
        return candidateFilter;
    }

    public void setCandidateFilter(String candidateFilter) {
        this.candidateFilter = candidateFilter;
    }

    public List<Long> getChosen() {
        return chosen;
    }

    public void setChosen(List<Long> chosen) {
        this.chosen = chosen;
    }
}
