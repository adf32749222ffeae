package vn.tvet.lms.xapi;

/** Forwarding settings refused, by reason (each has a message under {@code lrs.forwarding.refused.*}). */
public class ForwardingRefusedException extends RuntimeException {

    /** What was wrong. */
    public enum Reason {
        /** Not an http(s) URL with a host, or too long. */
        BAD_ENDPOINT,
        /** Empty, too long, or with a colon (it goes into HTTP Basic). */
        BAD_USERNAME,
        /** Missing the first time, or too long. */
        BAD_SECRET
    }

    private final Reason reason;

    public ForwardingRefusedException(Reason reason) {
        super("Forwarding refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
