package vn.tvet.lms.xapi;

import jakarta.json.JsonObject;

/**
 * The rules of a launch session kept elsewhere (cmi5): the LRS asks before storing a statement the session's content
 * sends, tells after storing it, and asks whether the session is still open before accepting its credentials. The
 * LRS does not know the profile; the profile does not store statements itself.
 */
public interface LaunchSessions {

    /** Checks a statement of the session before it is stored and notes it; refuses with {@link LrsForbiddenException}. */
    void accept(long session, JsonObject statement);

    /** After the statement is stored: what the LMS records in turn (cmi5's "satisfied"). */
    void stored(long session, JsonObject statement);

    /** Whether the session still takes requests (not terminated, abandoned or expired). */
    boolean open(long session);

    /** Whether the session's content may write this document (the LMS's own launch data and preferences: no). */
    boolean mayWrite(long session, DocumentPlace place, String documentId);
}
