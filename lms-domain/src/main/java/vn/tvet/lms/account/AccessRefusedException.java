package vn.tvet.lms.account;

/**
 * The acting person holds no role that allows the use case they called. Thrown by the domain itself, so a
 * page or endpoint that forgets to hide a button still cannot do what the person may not.
 */
public class AccessRefusedException extends RuntimeException {

    private final long personId;

    public AccessRefusedException(long personId, String refusedAction) {
        super("Person " + personId + " may not " + refusedAction);
        this.personId = personId;
    }

    public long personId() {
        return personId;
    }
}
