package vn.tvet.lms.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. Each account and each client address may fail a few times freely;
 * after that every further failure locks it for twice as long as the last, up to a ceiling. A
 * successful login clears the account's count but not the address's, so one valid account cannot
 * be used to reset the counter of an address that guesses other accounts.
 */
public final class LoginThrottle {

    /** How many failures are free, how long the first lock lasts, the longest lock, and when a quiet key is forgotten. */
    public record Policy(int freeFailures, Duration firstLock, Duration longestLock, Duration forgetAfter) {
    }

    /** Five free tries per account: a person who mistypes a few times is never slowed down. */
    public static final Policy ACCOUNT_POLICY =
            new Policy(5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1));

    /** Twenty per address, since a whole computer lab can share one address behind NAT. */
    public static final Policy ADDRESS_POLICY =
            new Policy(20, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1));

    private static final int SWEEP_THRESHOLD = 10_000;

    private final Clock clock;
    private final Keyed accounts;
    private final Keyed addresses;

    public LoginThrottle(Clock clock) {
        this(clock, ACCOUNT_POLICY, ADDRESS_POLICY);
    }

    public LoginThrottle(Clock clock, Policy accountPolicy, Policy addressPolicy) {
        this.clock = clock;
        this.accounts = new Keyed(accountPolicy);
        this.addresses = new Keyed(addressPolicy);
    }

    /** How long the caller must still wait before another try, if at all. */
    public Optional<Duration> waitBefore(String account, String address) {
        Instant now = clock.instant();
        Duration wait = max(accounts.remainingLock(account, now), addresses.remainingLock(address, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String account, String address) {
        Instant now = clock.instant();
        accounts.fail(account, now);
        addresses.fail(address, now);
    }

    public void succeeded(String account) {
        accounts.clear(account);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    private static final class Keyed {
        private final Policy policy;
        private final Map<String, Failures> failures = new ConcurrentHashMap<>();

        Keyed(Policy policy) {
            this.policy = policy;
        }

        Duration remainingLock(String key, Instant now) {
            Failures current = key == null ? null : failures.get(key);
            if (current == null || !current.lockedUntil().isAfter(now)) {
                return Duration.ZERO;
            }
            return Duration.between(now, current.lockedUntil());
        }

        void fail(String key, Instant now) {
            if (key == null) {
                return;
            }
            failures.compute(key, (k, previous) -> {
                boolean forgotten = previous == null || previous.last().plus(policy.forgetAfter()).isBefore(now);
                int count = forgotten ? 1 : previous.count() + 1;
                Instant lockedUntil = now;
                int beyondFree = count - policy.freeFailures();
                if (beyondFree > 0) {
                    // Doubling per failure; the shift is capped so the multiplication cannot overflow.
                    long factor = 1L << Math.min(beyondFree - 1, 20);
                    Duration lock = policy.firstLock().multipliedBy(factor);
                    lockedUntil = now.plus(lock.compareTo(policy.longestLock()) > 0 ? policy.longestLock() : lock);
                }
                return new Failures(count, now, lockedUntil);
            });
            if (failures.size() > SWEEP_THRESHOLD) {
                failures.values().removeIf(f -> f.last().plus(policy.forgetAfter()).isBefore(now));
            }
        }

        void clear(String key) {
            if (key != null) {
                failures.remove(key);
            }
        }
    }
}
