package vn.tvet.lms.institution;

/** Institution codes are unique across the network. */
public class DuplicateInstitutionCodeException extends RuntimeException {

    private final String code;

    public DuplicateInstitutionCodeException(String code) {
        super("Institution code already in use: " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
