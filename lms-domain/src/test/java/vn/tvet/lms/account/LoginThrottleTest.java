package vn.tvet.lms.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tvet.lms.ManualClock;

class LoginThrottleTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-09-05T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void firstFailuresAreFree() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), throttle.waitBefore("hpcd.sv01", "10.0.0.5"));
            throttle.failed("hpcd.sv01", "10.0.0.5");
        }
        assertEquals(Optional.empty(), throttle.waitBefore("hpcd.sv01", "10.0.0.5"));
    }

    @Test
    void tenWrongPasswordsInARowAreThrottledWithGrowingLocks() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("hpcd.sv01", "10.0.0.5");
        }
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.waitBefore("hpcd.sv01", "10.0.0.5"));
        for (int i = 0; i < 4; i++) {
            throttle.failed("hpcd.sv01", "10.0.0.5");
        }
        // 10 failures: 5 beyond the free ones, lock 30 s * 2^4 = 8 minutes.
        assertEquals(Optional.of(Duration.ofMinutes(8)), throttle.waitBefore("hpcd.sv01", "10.0.0.5"));
    }

    @Test
    void lockIsPerAccountFromAnyAddress() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("hpcd.sv01", "10.0.0." + i);
        }
        assertTrue(throttle.waitBefore("hpcd.sv01", "192.0.2.99").isPresent());
        assertEquals(Optional.empty(), throttle.waitBefore("hpcd.sv02", "192.0.2.99"));
    }

    @Test
    void oneAddressGuessingManyAccountsIsThrottled() {
        for (int i = 0; i < 21; i++) {
            throttle.failed("account" + i, "203.0.113.7");
        }
        assertTrue(throttle.waitBefore("someone-else", "203.0.113.7").isPresent());
        assertEquals(Optional.empty(), throttle.waitBefore("someone-else", "203.0.113.8"));
    }

    @Test
    void lockExpiresAndNeverExceedsTheCeiling() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("hpcd.sv01", "10.0.0.5");
        }
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.waitBefore("hpcd.sv01", "10.0.0.5"));
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertEquals(Optional.empty(), throttle.waitBefore("hpcd.sv01", "10.0.0.5"));
    }

    @Test
    void successClearsTheAccountButNotTheAddress() {
        for (int i = 0; i < 25; i++) {
            throttle.failed("victim" + (i % 3), "203.0.113.7");
        }
        throttle.succeeded("victim0");
        assertTrue(throttle.waitBefore("victim0", "203.0.113.7").isPresent(), "address lock must survive a success");
        assertEquals(Optional.empty(), throttle.waitBefore("victim0", "198.51.100.1"));
    }

    @Test
    void quietAccountsAreForgotten() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("hpcd.sv01", "10.0.0.5");
        }
        clock.advance(Duration.ofHours(2));
        throttle.failed("hpcd.sv01", "10.0.0.5");
        assertEquals(Optional.empty(), throttle.waitBefore("hpcd.sv01", "10.0.0.5"), "old failures no longer count");
    }
}
