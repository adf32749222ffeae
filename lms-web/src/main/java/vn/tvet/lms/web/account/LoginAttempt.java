package vn.tvet.lms.web.account;

import jakarta.enterprise.context.RequestScoped;
import vn.tvet.lms.account.LoginOutcome;

/**
 * Carries the outcome of the identity store's check back to the login page within one request, since
 * Jakarta Security reports only valid or invalid and the page must tell "throttled" apart.
 */
@RequestScoped
public class LoginAttempt {

    private LoginOutcome outcome;

    public LoginOutcome outcome() {
        return outcome;
    }

    void record(LoginOutcome outcome) {
        this.outcome = outcome;
    }
}
