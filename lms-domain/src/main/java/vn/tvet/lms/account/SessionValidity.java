package vn.tvet.lms.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;

/**
 * Whether a session signed in earlier may go on: asked at every request, so that a disabled account, a
 * password reset by an admin and a closed school end that person's existing sessions at once, whatever the
 * request (page, upload, download or API).
 */
@ApplicationScoped
public class SessionValidity {

    private People people;

    SessionValidity() {
        // for the CDI proxy
    }

    @Inject
    public SessionValidity(People people) {
        this.people = people;
    }

    /**
     * @param passwordAsOf when the password the session signed in with was set (see {@link LoginOutcome.Accepted})
     * @param schoolIds    the schools whose roles the session holds
     */
    @Transactional
    public boolean stillValid(long personId, Instant passwordAsOf, Set<Long> schoolIds) {
        Person person = people.find(personId).orElse(null);
        // A session that does not know its password's age (made before this check existed) must sign in again.
        if (person == null || passwordAsOf == null || !person.isEnabled()
                || person.getPasswordChangedAt().isAfter(passwordAsOf)) {
            return false;
        }
        return schoolIds.isEmpty() || people.rolesOf(personId).stream()
                .filter(assignment -> assignment.getInstitution() != null
                        && schoolIds.contains(assignment.getInstitution().getId()))
                .allMatch(assignment -> assignment.getInstitution().isActive());
    }
}
