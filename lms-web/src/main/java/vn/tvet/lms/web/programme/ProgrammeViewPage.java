package vn.tvet.lms.web.programme;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.programme.Programme;
import vn.tvet.lms.programme.ProgrammeAuthoring;
import vn.tvet.lms.programme.ProgrammeNotFoundException;
import vn.tvet.lms.web.account.CurrentUser;

/**
 * Any school's programme, read-only, for every signed-in person: what search and the credit-transfer picker
 * point at. Its own school's teachers and admins are offered the editor.
 */
@Named
@RequestScoped
public class ProgrammeViewPage {

    @Inject
    CurrentUser currentUser;

    @Inject
    ProgrammeAuthoring authoring;

    private String id;
    private Programme programme;

    /** View action; a malformed or unknown id becomes a 404 through the exception handler. */
    public void load() {
        long programmeId;
        try {
            programmeId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw new ProgrammeNotFoundException(-1);
        }
        programme = authoring.read(currentUser.viewer(), programmeId);
    }

    /** Whether the person may open the editor: a teacher or admin of the programme's school, acting there. */
    public boolean isEditable() {
        return programme.getSchool().getId().equals(currentUser.getInstitutionId())
                && (currentUser.has(Role.TEACHER) || currentUser.has(Role.SCHOOL_ADMIN));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Programme getProgramme() {
        return programme;
    }
}
