package vn.tvet.lms.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import vn.tvet.lms.account.PasswordChanger;
import vn.tvet.lms.account.PasswordPolicy;
import vn.tvet.lms.account.WeakPasswordException;
import vn.tvet.lms.account.WrongPasswordException;
import vn.tvet.lms.web.platform.Texts;

/** A signed-in person changes their own password (and must, after an admin issued a temporary one). */
@Named
@RequestScoped
public class ChangePasswordPage {

    @Inject
    PasswordChanger passwordChanger;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    @NotBlank
    private String currentPassword;
    @NotBlank
    private String newPassword;
    @NotBlank
    private String repeatedPassword;

    public String change() {
        if (!newPassword.equals(repeatedPassword)) {
            texts.fieldError("password:repeated", "password.mismatch");
            return null;
        }
        try {
            currentUser.passwordChanged(passwordChanger.change(currentUser.getPersonId(), currentPassword, newPassword));
        } catch (WrongPasswordException e) {
            texts.fieldError("password:current", "password.wrongCurrent");
            return null;
        } catch (WeakPasswordException e) {
            texts.fieldError("password:new", "password.weak", PasswordPolicy.MIN_LENGTH);
            return null;
        }
        texts.info("password.changed");
        texts.keepForRedirect();
        return "/dashboard.xhtml?faces-redirect=true";
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
