package vn.tvet.lms.catalog;

/** No stored framework version with this id. */
public class FrameworkNotFoundException extends RuntimeException {

    public FrameworkNotFoundException(long id) {
        super("No competency framework " + id);
    }
}
