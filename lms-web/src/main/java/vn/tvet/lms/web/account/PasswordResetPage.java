package vn.tvet.lms.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.tvet.lms.account.PasswordPolicy;
import vn.tvet.lms.account.PasswordResets;
import vn.tvet.lms.account.WeakPasswordException;
import vn.tvet.lms.web.platform.Texts;

/**
 * "Forgot password" without signing in: asking for a link answers the same whether or not the account exists, and
 * the link's page sets a new password once.
 */
@Named
@ViewScoped
public class PasswordResetPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordResets resets;

    @Inject
    Texts texts;

    private String account;
    private boolean requested;
    private String token;
    private boolean tokenValid;
    private boolean done;
    private String password;
    private String repeat;

    public void request() {
        resets.request(account);
        requested = true;
    }

    /** View action of the reset page: whether the link still works. */
    public void check() {
        tokenValid = resets.valid(token);
    }

    public void reset() {
        if (password == null || !password.equals(repeat)) {
            texts.fieldError("reset:repeat", "password.mismatch");
            return;
        }
        try {
            resets.reset(token, password);
            done = true;
        } catch (WeakPasswordException e) {
            texts.fieldError("reset:password", "password.weak", PasswordPolicy.MIN_LENGTH);
        } catch (PasswordResets.InvalidResetTokenException e) {
            tokenValid = false;
        }
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public boolean isRequested() {
        return requested;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isTokenValid() {
        return tokenValid;
    }

    public boolean isDone() {
        return done;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
