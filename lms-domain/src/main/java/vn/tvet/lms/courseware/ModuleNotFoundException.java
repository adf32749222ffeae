package vn.tvet.lms.courseware;

/** No such module, or not one the caller may see: both answer 404, so ids of other schools leak nothing. */
public class ModuleNotFoundException extends RuntimeException {

    public ModuleNotFoundException(long id) {
        super("Module " + id + " not found");
    }
}
