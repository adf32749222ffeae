package vn.tvet.lms.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tvet.lms.account.LoginThrottle;
import vn.tvet.lms.account.PasswordHasher;
import vn.tvet.lms.account.TemporaryPasswords;

/** Gives the account rules, which are plain classes, to CDI with their configured settings. */
@ApplicationScoped
public class AccountProducers {

    @Inject
    @ConfigProperty(name = "lms.account.pbkdf2-iterations", defaultValue = "" + PasswordHasher.DEFAULT_ITERATIONS)
    int iterations;

    @Produces
    @Singleton
    PasswordHasher passwordHasher() {
        return new PasswordHasher(iterations);
    }

    /** One throttle for the whole application: its counters must see every attempt. */
    @Produces
    @Singleton
    LoginThrottle loginThrottle(Clock clock) {
        return new LoginThrottle(clock);
    }

    @Produces
    @Singleton
    TemporaryPasswords temporaryPasswords() {
        return new TemporaryPasswords();
    }
}
