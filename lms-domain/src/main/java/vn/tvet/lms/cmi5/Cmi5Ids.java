package vn.tvet.lms.cmi5;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The activity ids the LMS generates for a course's AUs, blocks and course (cmi5 8.1, 9.3.9): never the publisher's
 * id, the same for every registration, under this application's address and the library item.
 */
public final class Cmi5Ids {

    private Cmi5Ids() {
    }

    /**
     * The cmi5 registration of a learner's course in a lesson step (cmi5 8.1: the enrolment in the course): derived
     * from the class enrolment's registration and the step, so it is the same at every launch and holds the course's
     * statements only, not the rest of the class's record.
     */
    public static java.util.UUID registration(java.util.UUID enrolment, String stepActivityId) {
        return java.util.UUID.nameUUIDFromBytes(("cmi5|" + enrolment + "|" + stepActivityId).getBytes(StandardCharsets.UTF_8));
    }

    public static String au(String home, long resourceId, String publisherId) {
        return base(home, resourceId) + "/au/" + digest(publisherId);
    }

    public static String block(String home, long resourceId, String publisherId) {
        return base(home, resourceId) + "/block/" + digest(publisherId);
    }

    public static String course(String home, long resourceId) {
        return base(home, resourceId) + "/course";
    }

    private static String base(String home, long resourceId) {
        return home + "/xapi/activities/cmi5/" + resourceId;
    }

    /** Publisher ids are IRIs of any length; a digest keeps ours short and stable. */
    private static String digest(String publisherId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(publisherId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
