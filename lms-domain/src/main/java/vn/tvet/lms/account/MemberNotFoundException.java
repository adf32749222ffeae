package vn.tvet.lms.account;

/**
 * The person does not exist or holds no role in the institution asked about. The two cases are one
 * exception on purpose: another school's ids must look exactly like ids that do not exist.
 */
public class MemberNotFoundException extends RuntimeException {

    private final long institutionId;
    private final long personId;

    public MemberNotFoundException(long institutionId, long personId) {
        super("No member " + personId + " in institution " + institutionId);
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
