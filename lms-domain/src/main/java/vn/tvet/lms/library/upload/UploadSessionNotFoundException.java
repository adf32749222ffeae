package vn.tvet.lms.library.upload;

import java.util.UUID;

/** No such upload in progress, or one somebody else started: the two look the same from outside. */
public class UploadSessionNotFoundException extends RuntimeException {

    public UploadSessionNotFoundException(UUID sessionId) {
        super("No upload session " + sessionId + " for this person");
    }
}
