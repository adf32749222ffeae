package vn.tvet.lms.web.account;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.tvet.lms.account.LoginOutcome;
import vn.tvet.lms.account.Membership;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.account.Viewer;

/**
 * The signed-in person as this session knows them, and the school they are currently acting in. A
 * person with roles in two schools switches between them; institutional roles count only in the
 * current school, network roles everywhere.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A school the person belongs to, for the school switcher. */
    public record School(long id, String code, String name) implements Serializable {
    }

    private Long personId;
    private String username;
    private String fullName;
    private List<Membership> memberships = List.of();
    private Long institutionId;
    private boolean mustChangePassword;
    private Instant passwordSetAt;

    void signIn(LoginOutcome.Accepted accepted) {
        personId = accepted.personId();
        username = accepted.username();
        fullName = accepted.fullName();
        memberships = List.copyOf(accepted.memberships());
        mustChangePassword = accepted.mustChangePassword();
        passwordSetAt = accepted.passwordSetAt();
        institutionId = getSchools().stream().findFirst().map(School::id).orElse(null);
    }

    public boolean isSignedIn() {
        return personId != null;
    }

    public long getPersonId() {
        return Objects.requireNonNull(personId, "not signed in");
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    void passwordChanged(Instant when) {
        mustChangePassword = false;
        passwordSetAt = when;
    }

    /** When the password this session signed in with was set: a later reset ends the session. */
    Instant getPasswordSetAt() {
        return passwordSetAt;
    }

    /** Every school this session holds a role in, for the check that none of them has been closed since. */
    Set<Long> schoolIds() {
        Set<Long> ids = new HashSet<>();
        getSchools().forEach(school -> ids.add(school.id()));
        return ids;
    }

    /** The schools in which the person holds at least one role, in the order first granted. */
    public List<School> getSchools() {
        Map<Long, School> schools = new LinkedHashMap<>();
        for (Membership m : memberships) {
            if (m.institutionId() != null) {
                schools.putIfAbsent(m.institutionId(), new School(m.institutionId(), m.institutionCode(), m.institutionName()));
            }
        }
        return new ArrayList<>(schools.values());
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long id) {
        if (id != null && getSchools().stream().anyMatch(school -> school.id() == id)) {
            institutionId = id;
        }
    }

    public String getInstitutionName() {
        return getSchools().stream().filter(s -> Objects.equals(s.id(), institutionId)).map(School::name).findFirst()
                .orElse(null);
    }

    /** True when the person holds the role: in the current school for institutional roles, anywhere otherwise. */
    public boolean has(Role role) {
        return memberships.stream().anyMatch(m -> m.role() == role
                && (!role.isInstitutional() || Objects.equals(m.institutionId(), institutionId)));
    }

    /** For EL: {@code #{currentUser.is('TEACHER')}}. */
    public boolean is(String role) {
        return has(Role.parse(role));
    }

    /** The roles held in the current school and across the network, for the dashboard. */
    public List<Role> getActiveRoles() {
        return memberships.stream().map(Membership::role).filter(this::has).distinct().sorted().toList();
    }

    /** Who is looking, for the library's visibility rules: every school the person belongs to counts. */
    public Viewer viewer() {
        if (!isSignedIn()) {
            return Viewer.ANONYMOUS;
        }
        Set<Long> schools = new HashSet<>();
        Set<Long> administered = new HashSet<>();
        for (Membership m : memberships) {
            if (m.institutionId() != null) {
                schools.add(m.institutionId());
                if (m.role() == Role.SCHOOL_ADMIN) {
                    administered.add(m.institutionId());
                }
            }
        }
        boolean libraryAdmin = memberships.stream().anyMatch(m -> m.role() == Role.LIBRARY_ADMIN);
        return new Viewer(personId, schools, administered, libraryAdmin);
    }

    /** The current school's id, when the person holds the role there; otherwise 403. */
    public long requireSchoolRole(Role role) {
        if (institutionId == null || !has(role)) {
            throw new AccessDeniedException(role + " in institution " + institutionId);
        }
        return institutionId;
    }

    /** The current school's id for its teachers and admins, who draw up programmes and modules; otherwise 403. */
    public long requireTeachingSchool() {
        return has(Role.TEACHER) ? requireSchoolRole(Role.TEACHER) : requireSchoolRole(Role.SCHOOL_ADMIN);
    }

    public void requireNetworkRole(Role role) {
        if (!has(role)) {
            throw new AccessDeniedException(role.name());
        }
    }
}
