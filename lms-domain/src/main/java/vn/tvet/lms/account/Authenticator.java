package vn.tvet.lms.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;

/** Checks a username and password against the stored PBKDF2 hash, under the login throttle. */
@ApplicationScoped
public class Authenticator {

    private static final System.Logger LOG = System.getLogger(Authenticator.class.getName());

    private People people;
    private PasswordHasher hasher;
    private LoginThrottle throttle;
    /** Checked when the username is unknown, so that case costs as much time as a wrong password. */
    private String decoyHash;

    Authenticator() {
        // for the CDI proxy
    }

    @Inject
    public Authenticator(People people, PasswordHasher hasher, LoginThrottle throttle) {
        this.people = people;
        this.hasher = hasher;
        this.throttle = throttle;
        this.decoyHash = hasher.hash("decoy-password-1");
    }

    @Transactional
    public LoginOutcome authenticate(String typedUsername, String password, String clientAddress) {
        String username = Usernames.normalise(typedUsername);
        Optional<java.time.Duration> wait = throttle.waitBefore(username, clientAddress);
        if (wait.isPresent()) {
            LOG.log(Level.INFO, "Login throttled for {0} from {1}", username, clientAddress);
            return new LoginOutcome.Throttled(wait.get());
        }
        Optional<Person> found = Usernames.isValid(username) ? people.findByUsername(username) : Optional.empty();
        boolean passwordMatches = hasher.matches(password, found.map(Person::getPasswordHash).orElse(decoyHash));
        if (found.isEmpty() || !passwordMatches || !found.get().isEnabled()) {
            throttle.failed(username, clientAddress);
            LOG.log(Level.INFO, "Login rejected for {0} from {1}", username, clientAddress);
            return new LoginOutcome.Rejected();
        }
        Person person = found.get();
        // Roles in a closed institution no longer count; someone left with none cannot sign in.
        List<Membership> memberships = people.rolesOf(person.getId()).stream()
                .filter(assignment -> assignment.getInstitution() == null || assignment.getInstitution().isActive())
                .map(Membership::of).toList();
        if (memberships.isEmpty()) {
            throttle.failed(username, clientAddress);
            LOG.log(Level.INFO, "Login rejected for {0}: no role in an open institution", username);
            return new LoginOutcome.Rejected();
        }
        throttle.succeeded(username);
        LOG.log(Level.INFO, "Login accepted for {0}", username);
        return new LoginOutcome.Accepted(person.getId(), person.getUsername(), person.getFullName(), memberships,
                person.isMustChangePassword(), person.getPasswordChangedAt());
    }
}
