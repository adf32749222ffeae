package vn.tvet.lms.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Reader;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.tvet.lms.institution.Institution;
import vn.tvet.lms.institution.Institutions;

/**
 * A school admin's use cases on the people of their school. Every method takes the institution the
 * admin acts in and refuses people who hold no role there, so an id from another school behaves as if
 * it did not exist.
 */
@ApplicationScoped
public class SchoolMembers {

    private static final System.Logger LOG = System.getLogger(SchoolMembers.class.getName());

    private People people;
    private Institutions institutions;
    private PasswordHasher hasher;
    private TemporaryPasswords temporaryPasswords;
    private Clock clock;
    private Rights rights;

    SchoolMembers() {
        // for the CDI proxy
    }

    @Inject
    public SchoolMembers(People people, Institutions institutions, PasswordHasher hasher,
            TemporaryPasswords temporaryPasswords, Clock clock, Rights rights) {
        this.rights = rights;
        this.people = people;
        this.institutions = institutions;
        this.hasher = hasher;
        this.temporaryPasswords = temporaryPasswords;
        this.clock = clock;
    }

    /** The person, if they hold a role in the institution; otherwise {@link MemberNotFoundException}. */
    @Transactional
    public Person get(long institutionId, long personId) {
        return people.find(personId)
                .filter(person -> !people.rolesIn(institutionId, personId).isEmpty())
                .orElseThrow(() -> new MemberNotFoundException(institutionId, personId));
    }

    @Transactional
    public List<Role> rolesOf(long institutionId, long personId) {
        get(institutionId, personId);
        return people.rolesIn(institutionId, personId);
    }

    /**
     * Creates an account with a temporary password, holding one role in the institution. The school's admins
     * do this, and the network admin for a new school's first admin.
     */
    @Transactional
    public IssuedPassword create(@NotNull Viewer actor, long institutionId, @NotNull @Valid NewMember member) {
        rights.requireSchoolAdminOrNetworkAdmin(actor, institutionId, "create accounts in school " + institutionId);
        if (!member.role().isInstitutional()) {
            throw new IllegalArgumentException("A school admin grants only institutional roles");
        }
        Institution institution = institutions.get(institutionId);
        String username = Usernames.normalise(member.username());
        if (people.usernameTaken(username)) {
            throw new UsernameTakenException(username);
        }
        String password = temporaryPasswords.next();
        Instant now = clock.instant();
        Person person = new Person(username, member.fullName(), member.email(), hasher.hashGenerated(password), true, now);
        people.add(person);
        people.add(RoleAssignment.inInstitution(person, institution, member.role(), now));
        LOG.log(Level.INFO, "Created {0} {1} in institution {2}", member.role(), username, institution.getCode());
        return new IssuedPassword(person.getId(), username, person.getFullName(), password);
    }

    /**
     * Whether the school admin may reset or disable the account: only when every role the person holds is in
     * this school. Anyone who also acts elsewhere (another school, a network role) is the network admin's.
     */
    @Transactional
    public boolean managedBySchool(long institutionId, long personId) {
        get(institutionId, personId);
        return people.rolesOf(personId).stream().allMatch(assignment -> assignment.getInstitution() != null
                && assignment.getInstitution().getId() == institutionId);
    }

    @Transactional
    public void setEnabled(@NotNull Viewer actor, long institutionId, long personId, boolean enabled) {
        rights.requireSchoolAdmin(actor, institutionId, "disable or enable accounts of school " + institutionId);
        Person person = manageable(institutionId, personId);
        if (enabled) {
            person.enable();
        } else {
            person.disable();
        }
        LOG.log(Level.INFO, "Person {0} enabled={1} by admin of institution {2}", personId, enabled, institutionId);
    }

    /** Replaces the password with a temporary one the person must change at their next login. */
    @Transactional
    public IssuedPassword resetPassword(@NotNull Viewer actor, long institutionId, long personId) {
        rights.requireSchoolAdmin(actor, institutionId, "reset passwords in school " + institutionId);
        IssuedPassword issued = temporaryPasswords.issueTo(manageable(institutionId, personId), hasher, clock.instant());
        LOG.log(Level.INFO, "Password reset for person {0} by admin of institution {1}", personId, institutionId);
        return issued;
    }

    private Person manageable(long institutionId, long personId) {
        if (!managedBySchool(institutionId, personId)) {
            throw new AccountManagedByNetworkException(institutionId, personId);
        }
        return get(institutionId, personId);
    }

    /** Reads a student file without writing anything, for the preview. */
    @Transactional
    public List<StudentRow> previewStudents(Reader csv) {
        return StudentCsv.parse(csv, people::usernameTaken);
    }

    /**
     * Imports the rows that have no problems, all in one transaction: either every good row becomes a
     * student or none does. Rows are re-checked here because the preview may be stale.
     */
    @Transactional
    public List<IssuedPassword> importStudents(@NotNull Viewer actor, long institutionId, List<StudentRow> previewed) {
        rights.requireSchoolAdmin(actor, institutionId, "import students into school " + institutionId);
        Institution institution = institutions.get(institutionId);
        Instant now = clock.instant();
        List<IssuedPassword> issued = new ArrayList<>();
        for (StudentRow row : previewed) {
            if (!row.importable()) {
                continue;
            }
            if (people.usernameTaken(row.username())) {
                throw new UsernameTakenException(row.username());
            }
            String password = temporaryPasswords.next();
            Person person = new Person(row.username(), row.fullName(), row.email(), hasher.hashGenerated(password), true, now);
            people.add(person);
            people.add(RoleAssignment.inInstitution(person, institution, Role.STUDENT, now));
            issued.add(new IssuedPassword(person.getId(), person.getUsername(), person.getFullName(), password));
        }
        LOG.log(Level.INFO, "Imported {0} students into institution {1}", issued.size(), institution.getCode());
        return issued;
    }
}
