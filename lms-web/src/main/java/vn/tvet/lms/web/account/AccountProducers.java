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

    /** Free failures per account before locks start; see {@link LoginThrottle#ACCOUNT_POLICY}. */
    @Inject
    @ConfigProperty(name = "lms.account.throttle.account-free-failures", defaultValue = "5")
    int accountFreeFailures;

    /** Free failures per client address; a school lab behind one NAT address may need more. */
    @Inject
    @ConfigProperty(name = "lms.account.throttle.address-free-failures", defaultValue = "20")
    int addressFreeFailures;

    /** One throttle for the whole application: its counters must see every attempt. */
    @Produces
    @Singleton
    LoginThrottle loginThrottle(Clock clock) {
        LoginThrottle.Policy account = LoginThrottle.ACCOUNT_POLICY;
        LoginThrottle.Policy address = LoginThrottle.ADDRESS_POLICY;
        return new LoginThrottle(clock,
                new LoginThrottle.Policy(accountFreeFailures, account.firstLock(), account.longestLock(), account.forgetAfter()),
                new LoginThrottle.Policy(addressFreeFailures, address.firstLock(), address.longestLock(), address.forgetAfter()));
    }

    @Produces
    @Singleton
    TemporaryPasswords temporaryPasswords() {
        return new TemporaryPasswords();
    }
}
