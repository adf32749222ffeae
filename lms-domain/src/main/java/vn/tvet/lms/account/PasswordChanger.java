package vn.tvet.lms.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;

/** A signed-in person replaces their own password, proving they know the current one. */
@ApplicationScoped
public class PasswordChanger {

    private static final System.Logger LOG = System.getLogger(PasswordChanger.class.getName());

    private People people;
    private PasswordHasher hasher;
    private Clock clock;

    PasswordChanger() {
        // for the CDI proxy
    }

    @Inject
    public PasswordChanger(People people, PasswordHasher hasher, Clock clock) {
        this.people = people;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Returns when the new password was set, so the person's own session stays valid. */
    @Transactional
    public Instant change(long personId, String currentPassword, String newPassword) {
        Person person = people.get(personId);
        if (!hasher.matches(currentPassword, person.getPasswordHash())) {
            throw new WrongPasswordException(personId);
        }
        PasswordPolicy.require(newPassword);
        person.setPassword(hasher.hash(newPassword), false, clock.instant());
        LOG.log(Level.INFO, "Password changed by person {0}", personId);
        return person.getPasswordChangedAt();
    }
}
