package vn.tvet.lms.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What an attempt to sign in came to. */
public sealed interface LoginOutcome {

    /**
     * Signed in: the person, every role they hold, whether they must choose a new password first, and when the
     * password they signed in with was set (a later change by an admin ends the session).
     */
    record Accepted(long personId, String username, String fullName, List<Membership> memberships,
            boolean mustChangePassword, Instant passwordSetAt) implements LoginOutcome {

        public Accepted {
            memberships = List.copyOf(memberships);
        }

        /** The Jakarta Security groups: every role name held anywhere. */
        public Set<String> groups() {
            Set<String> groups = new TreeSet<>();
            memberships.forEach(membership -> groups.add(membership.role().name()));
            return groups;
        }
    }

    /** Wrong username or password, or a disabled account: one answer, so usernames cannot be probed. */
    record Rejected() implements LoginOutcome {
    }

    /** Too many failures recently: try again after the wait. The password was not even checked. */
    record Throttled(Duration retryAfter) implements LoginOutcome {
    }
}
