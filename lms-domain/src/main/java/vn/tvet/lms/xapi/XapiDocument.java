package vn.tvet.lms.xapi;

import java.time.Instant;

/** A stored document: its bytes, their media type, the SHA-1 ETag of the bytes, and when it last changed. */
public record XapiDocument(byte[] content, String contentType, String etag, Instant updated) {
}
