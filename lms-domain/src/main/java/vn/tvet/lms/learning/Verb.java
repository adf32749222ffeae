package vn.tvet.lms.learning;

/** The xAPI verbs the product records, with the IRIs of the ADL vocabulary (and Tin Can's "viewed"). */
public enum Verb {
    VIEWED("http://id.tincanapi.com/verb/viewed", "viewed"),
    PROGRESSED("http://adlnet.gov/expapi/verbs/progressed", "progressed"),
    ATTEMPTED("http://adlnet.gov/expapi/verbs/attempted", "attempted"),
    ANSWERED("http://adlnet.gov/expapi/verbs/answered", "answered"),
    COMPLETED("http://adlnet.gov/expapi/verbs/completed", "completed"),
    PASSED("http://adlnet.gov/expapi/verbs/passed", "passed"),
    FAILED("http://adlnet.gov/expapi/verbs/failed", "failed"),
    SCORED("http://adlnet.gov/expapi/verbs/scored", "scored"),
    /** A SCORM session began (ADL SCORM profile). */
    INITIALIZED("http://adlnet.gov/expapi/verbs/initialized", "initialized"),
    /** A suspended SCORM session was taken up again. */
    RESUMED("http://adlnet.gov/expapi/verbs/resumed", "resumed"),
    /** A SCORM session ended with the SCO suspended, to be resumed. */
    SUSPENDED("http://adlnet.gov/expapi/verbs/suspended", "suspended"),
    /** A SCORM session ended. */
    TERMINATED("http://adlnet.gov/expapi/verbs/terminated", "terminated");

    private final String iri;
    private final String display;

    Verb(String iri, String display) {
        this.iri = iri;
        this.display = display;
    }

    public String iri() {
        return iri;
    }

    public String display() {
        return display;
    }
}
