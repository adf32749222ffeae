package vn.tvet.lms.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The checks every changing use case makes on its actor, read from the database at the moment of the change
 * (a role removed a minute ago no longer counts, whatever the person's session remembers). A refusal is
 * {@link AccessRefusedException}, which pages and endpoints answer with 403.
 */
@ApplicationScoped
public class Rights {

    private People people;

    Rights() {
        // for the CDI proxy
    }

    @Inject
    public Rights(People people) {
        this.people = people;
    }

    /** A teacher or the admin of the school: the people who draw up its programmes, modules and material. */
    public void requireAuthor(Viewer actor, long schoolId, String action) {
        if (!actor.signedIn() || !people.authorsIn(schoolId, actor.personId())) {
            throw refused(actor, action);
        }
    }

    public void requireSchoolAdmin(Viewer actor, long schoolId, String action) {
        if (!actor.signedIn() || !people.rolesIn(schoolId, actor.personId()).contains(Role.SCHOOL_ADMIN)) {
            throw refused(actor, action);
        }
    }

    public void requireNetworkRole(Viewer actor, Role role, String action) {
        if (!holdsNetworkRole(actor, role)) {
            throw refused(actor, action);
        }
    }

    /** The school's admin, or the network admin (who creates a new school's first admin). */
    public void requireSchoolAdminOrNetworkAdmin(Viewer actor, long schoolId, String action) {
        if (!holdsNetworkRole(actor, Role.NETWORK_ADMIN)) {
            requireSchoolAdmin(actor, schoolId, action);
        }
    }

    private boolean holdsNetworkRole(Viewer actor, Role role) {
        return actor.signedIn() && people.rolesOf(actor.personId()).stream()
                .anyMatch(assignment -> assignment.getRole() == role && assignment.getInstitution() == null);
    }

    private static AccessRefusedException refused(Viewer actor, String action) {
        return new AccessRefusedException(actor.signedIn() ? actor.personId() : -1, action);
    }
}
