package vn.tvet.lms.institution;

/** No institution with this id or code exists (or the caller may not know that it does). */
public class InstitutionNotFoundException extends RuntimeException {

    private final String reference;

    public InstitutionNotFoundException(Object reference) {
        super("No institution " + reference);
        this.reference = String.valueOf(reference);
    }

    public String reference() {
        return reference;
    }
}
