package vn.tvet.lms.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.tvet.lms.account.IssuedPassword;
import vn.tvet.lms.account.MemberNotFoundException;
import vn.tvet.lms.account.Membership;
import vn.tvet.lms.account.NetworkAccounts;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.web.platform.Texts;

/**
 * One account, for the network admin: every role in every school, disable or enable, reset the password.
 * People who act in several schools or hold a network role are changed here, never by one school's admin.
 */
@Named
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    NetworkAccounts accounts;

    @Inject
    Texts texts;

    private String id;
    private Person person;
    private List<Membership> roles;
    private IssuedPassword issued;

    /** View action; a malformed or unknown id becomes a 404 through the exception handler. */
    public void load() {
        currentUser.requireNetworkRole(Role.NETWORK_ADMIN);
        long personId;
        try {
            personId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw new MemberNotFoundException(-1, -1);
        }
        reload(personId);
    }

    public void disable() {
        accounts.setEnabled(currentUser.getPersonId(), person.getId(), false);
        texts.info("member.disabled", person.getFullName());
        reload(person.getId());
    }

    public void enable() {
        accounts.setEnabled(currentUser.getPersonId(), person.getId(), true);
        texts.info("member.enabled", person.getFullName());
        reload(person.getId());
    }

    public void resetPassword() {
        issued = accounts.resetPassword(currentUser.getPersonId(), person.getId());
        texts.info("member.passwordReset", person.getFullName());
    }

    public String getDisableConfirm() {
        return texts.get("account.disableConfirm", person.getFullName());
    }

    public String getResetConfirm() {
        return texts.get("member.resetConfirm", person.getFullName());
    }

    public boolean isSelf() {
        return person != null && person.getId() == currentUser.getPersonId();
    }

    private void reload(long personId) {
        person = accounts.get(currentUser.getPersonId(), personId);
        roles = accounts.rolesOf(currentUser.getPersonId(), personId);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Person getPerson() {
        return person;
    }

    public List<Membership> getRoles() {
        return roles;
    }

    public IssuedPassword getIssued() {
        return issued;
    }
}
