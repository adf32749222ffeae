package vn.tvet.lms.classes;

/** No such class, or not one the caller may see: both answer 404, so ids of other schools leak nothing. */
public class ClassNotFoundException extends RuntimeException {

    public ClassNotFoundException(long id) {
        super("Class " + id + " not found");
    }
}
