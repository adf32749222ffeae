package vn.tvet.lms.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;

/**
 * The network admin's use cases on any account: find a person, see every role they hold, reset the password
 * or disable the account. These are the accounts a school admin may not change alone (people in several
 * schools, network roles). Every method checks that the acting person is a network admin.
 */
@ApplicationScoped
public class NetworkAccounts {

    private static final System.Logger LOG = System.getLogger(NetworkAccounts.class.getName());

    private People people;
    private PasswordHasher hasher;
    private TemporaryPasswords temporaryPasswords;
    private Clock clock;

    NetworkAccounts() {
        // for the CDI proxy
    }

    @Inject
    public NetworkAccounts(People people, PasswordHasher hasher, TemporaryPasswords temporaryPasswords, Clock clock) {
        this.people = people;
        this.hasher = hasher;
        this.temporaryPasswords = temporaryPasswords;
        this.clock = clock;
    }

    /** One page of every account whose name or username contains the filter. */
    @Transactional
    public List<Person> find(long actorId, String filter, int first, int size) {
        requireNetworkAdmin(actorId);
        return people.everyone(filter, first, size);
    }

    @Transactional
    public long count(long actorId, String filter) {
        requireNetworkAdmin(actorId);
        return people.countEveryone(filter);
    }

    @Transactional
    public Person get(long actorId, long personId) {
        requireNetworkAdmin(actorId);
        return people.find(personId).orElseThrow(() -> new MemberNotFoundException(-1, personId));
    }

    /** Every role the person holds, with the school's name, for the page. */
    @Transactional
    public List<Membership> rolesOf(long actorId, long personId) {
        get(actorId, personId);
        return people.rolesOf(personId).stream().map(Membership::of).toList();
    }

    @Transactional
    public void setEnabled(long actorId, long personId, boolean enabled) {
        Person person = get(actorId, personId);
        if (actorId == personId) {
            throw new AccessRefusedException(actorId, "change their own account's status");
        }
        if (enabled) {
            person.enable();
        } else {
            person.disable();
        }
        LOG.log(Level.INFO, "Person {0} enabled={1} by network admin {2}", personId, enabled, actorId);
    }

    @Transactional
    public IssuedPassword resetPassword(long actorId, long personId) {
        IssuedPassword issued = temporaryPasswords.issueTo(get(actorId, personId), hasher, clock.instant());
        LOG.log(Level.INFO, "Password reset for person {0} by network admin {1}", personId, actorId);
        return issued;
    }

    private void requireNetworkAdmin(long actorId) {
        boolean networkAdmin = people.rolesOf(actorId).stream()
                .anyMatch(assignment -> assignment.getRole() == Role.NETWORK_ADMIN);
        if (!networkAdmin) {
            throw new AccessRefusedException(actorId, "manage accounts across the network");
        }
    }
}
