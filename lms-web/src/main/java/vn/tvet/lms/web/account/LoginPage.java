package vn.tvet.lms.web.account;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import vn.tvet.lms.account.LoginOutcome;
import vn.tvet.lms.web.platform.Texts;

/** The sign-in form. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginAttempt attempt;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    @NotBlank
    @Size(max = 64)
    private String username;

    @NotBlank
    @Size(max = 128)
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();

        AuthenticationStatus status = securityContext.authenticate(request, response,
                withParams().credential(new UsernamePasswordCredential(username, password)).newAuthentication(true));

        if (attempt.outcome() instanceof LoginOutcome.Accepted accepted
                && (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE)) {
            // A new session id at login, so an id planted before login is worth nothing afterwards.
            request.changeSessionId();
            currentUser.signIn(accepted);
            external.redirect(external.getRequestContextPath()
                    + (accepted.mustChangePassword() ? "/account/password.xhtml" : "/dashboard.xhtml"));
            faces.responseComplete();
            return;
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return;
        }
        if (attempt.outcome() instanceof LoginOutcome.Throttled throttled) {
            texts.error("login.throttled", Math.max(1, throttled.retryAfter().toSeconds()));
        } else {
            texts.error("login.rejected");
        }
        password = null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
