package vn.tvet.lms.programme;

/** No such programme in the school asked about; another school's programme looks the same. */
public class ProgrammeNotFoundException extends RuntimeException {

    public ProgrammeNotFoundException(long id) {
        super("No programme " + id + " in this school");
    }
}
