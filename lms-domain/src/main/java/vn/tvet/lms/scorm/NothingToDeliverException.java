package vn.tvet.lms.scorm;

/** A navigation request (continue, previous) that SCORM 2004 sequencing leaves without an activity to deliver. */
public class NothingToDeliverException extends RuntimeException {

    private final String request;

    public NothingToDeliverException(String request) {
        super("sequencing delivers nothing for " + request);
        this.request = request;
    }

    public String request() {
        return request;
    }
}
