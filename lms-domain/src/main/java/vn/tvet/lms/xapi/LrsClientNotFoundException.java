package vn.tvet.lms.xapi;

/** No LRS client with this id in the school (another school's id included): 404. */
public class LrsClientNotFoundException extends RuntimeException {

    public LrsClientNotFoundException(long id) {
        super("LRS client " + id + " not found");
    }
}
