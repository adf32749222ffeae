package vn.tvet.lms.scorm;

/** A SCO whose SCORM 1.2 prerequisites are not met yet: it cannot be launched until they are. */
public class ScoLockedException extends RuntimeException {

    private final String scoTitle;

    public ScoLockedException(String scoId, String scoTitle) {
        super("SCO " + scoId + " waits for its prerequisites");
        this.scoTitle = scoTitle;
    }

    public String scoTitle() {
        return scoTitle;
    }
}
