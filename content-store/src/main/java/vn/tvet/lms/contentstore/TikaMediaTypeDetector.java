package vn.tvet.lms.contentstore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import vn.tvet.lms.library.upload.DetectedType;
import vn.tvet.lms.library.upload.MediaTypeDetector;

/**
 * Media types from Tika's magic-number database (tika-core only). Content and name agree when one type is
 * the other or a specialisation of it (a .docx is a kind of ZIP, a .csv a kind of text), or when the
 * content says nothing definite.
 */
public final class TikaMediaTypeDetector implements MediaTypeDetector {

    private final MimeTypes types = MimeTypes.getDefaultMimeTypes();
    private final Detector detector = types;
    private final MediaTypeRegistry registry = types.getMediaTypeRegistry();

    @Override
    public DetectedType detect(InputStream content, String fileName) {
        if (!content.markSupported()) {
            throw new IllegalArgumentException("Detection needs a stream that can be reset");
        }
        try {
            MediaType byContent = detector.detect(content, new Metadata());
            Metadata named = new Metadata();
            named.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
            MediaType byName = detector.detect(null, named);
            boolean contentSaysNothing = byContent.equals(MediaType.OCTET_STREAM);
            boolean agree = contentSaysNothing || byName.equals(MediaType.OCTET_STREAM)
                    || registry.isInstanceOf(byName, byContent) || registry.isInstanceOf(byContent, byName);
            MediaType chosen = contentSaysNothing || registry.isSpecializationOf(byName, byContent) ? byName : byContent;
            return new DetectedType(chosen.getBaseType().toString(), agree);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the start of the upload", e);
        }
    }
}
