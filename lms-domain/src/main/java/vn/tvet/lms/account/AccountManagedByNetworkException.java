package vn.tvet.lms.account;

/**
 * A school admin tried to reset or disable an account that is not theirs alone to manage: the person also
 * holds a role in another school or across the network. Only the network admin changes such an account,
 * so that no school can take over a person who acts in another school.
 */
public class AccountManagedByNetworkException extends RuntimeException {

    private final long institutionId;
    private final long personId;

    public AccountManagedByNetworkException(long institutionId, long personId) {
        super("Person " + personId + " holds roles outside institution " + institutionId
                + "; only the network admin may change the account");
        this.institutionId = institutionId;
        this.personId = personId;
    }

    public long institutionId() {
        return institutionId;
    }

    public long personId() {
        return personId;
    }
}
