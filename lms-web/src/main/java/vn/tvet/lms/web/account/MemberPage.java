package vn.tvet.lms.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.tvet.lms.account.IssuedPassword;
import vn.tvet.lms.account.MemberNotFoundException;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.account.SchoolMembers;
import vn.tvet.lms.web.platform.Texts;

/**
 * One person of the school, for the school admin: details, roles, enable or disable, reset password.
 * An id that is not a member of the admin's current school answers 404.
 */
@Named
@ViewScoped
public class MemberPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    SchoolMembers schoolMembers;

    @Inject
    Texts texts;

    private String id;
    private long institutionId;
    private Person member;
    private List<Role> roles;
    private IssuedPassword issued;
    private boolean managedBySchool;

    /** View action: runs before rendering; a malformed or foreign id becomes a 404 through the exception handler. */
    public void load() {
        institutionId = currentUser.requireSchoolRole(Role.SCHOOL_ADMIN);
        long personId;
        try {
            personId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw new MemberNotFoundException(institutionId, -1);
        }
        reload(personId);
    }

    public void disable() {
        schoolMembers.setEnabled(currentUser.viewer(), institutionId, member.getId(), false);
        texts.info("member.disabled", member.getFullName());
        reload(member.getId());
    }

    public void enable() {
        schoolMembers.setEnabled(currentUser.viewer(), institutionId, member.getId(), true);
        texts.info("member.enabled", member.getFullName());
        reload(member.getId());
    }

    public void resetPassword() {
        issued = schoolMembers.resetPassword(currentUser.viewer(), institutionId, member.getId());
        texts.info("member.passwordReset", member.getFullName());
    }

    public String getDisableConfirm() {
        return texts.get("member.disableConfirm", member.getFullName());
    }

    public String getResetConfirm() {
        return texts.get("member.resetConfirm", member.getFullName());
    }

    public boolean isSelf() {
        return member != null && member.getId() == currentUser.getPersonId();
    }

    private void reload(long personId) {
        member = schoolMembers.get(institutionId, personId);
        roles = schoolMembers.rolesOf(institutionId, personId);
        managedBySchool = schoolMembers.managedBySchool(institutionId, personId);
    }

    /** False for people who also act in another school or across the network: the network admin's to change. */
    public boolean isManagedBySchool() {
        return managedBySchool;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Person getMember() {
        return member;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public IssuedPassword getIssued() {
        return issued;
    }
}
