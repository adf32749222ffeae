package vn.tvet.lms.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.Set;
import vn.tvet.lms.account.Authenticator;
import vn.tvet.lms.account.LoginOutcome;

/**
 * The database identity store: usernames and PBKDF2 hashes in PostgreSQL, checked by the domain's
 * {@link Authenticator} under the login throttle. Groups are the role names a person holds anywhere,
 * plus {@link #SIGNED_IN} for everyone.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    /** The group every signed-in person has; pages open to all users require it. */
    public static final String SIGNED_IN = "USER";

    @Inject
    Authenticator authenticator;

    @Inject
    LoginAttempt attempt;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(jakarta.security.enterprise.credential.Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginOutcome outcome = authenticator.authenticate(login.getCaller(), login.getPasswordAsString(),
                request.getRemoteAddr());
        attempt.record(outcome);
        if (outcome instanceof LoginOutcome.Accepted accepted) {
            Set<String> groups = new HashSet<>(accepted.groups());
            groups.add(SIGNED_IN);
            return new CredentialValidationResult(accepted.username(), groups);
        }
        return CredentialValidationResult.INVALID_RESULT;
    }
}
