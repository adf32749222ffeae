package vn.tvet.lms.web.account;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login through our own Faces page ({@link LoginPage}); credentials are checked by
 * {@link AccountIdentityStore}. Unauthenticated requests for protected pages are redirected to the login page.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({AccountIdentityStore.SIGNED_IN, "STUDENT", "TEACHER", "SCHOOL_ADMIN", "NETWORK_ADMIN", "LIBRARY_ADMIN",
        "INSPECTOR"})
@ApplicationScoped
public class SecurityConfiguration {
}
