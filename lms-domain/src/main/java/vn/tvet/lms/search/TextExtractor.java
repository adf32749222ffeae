package vn.tvet.lms.search;

import java.io.InputStream;

/** Pulls the plain text out of a document (PDF, Office, OpenDocument, HTML, text), within limits. */
public interface TextExtractor {

    /** Extracted text, or the reason there is none; never throws for a bad file. */
    ExtractedText extract(InputStream content, String mediaType, String fileName);
}
