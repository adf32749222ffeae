package vn.tvet.lms.search.tika;

import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import vn.tvet.lms.search.ExtractedText;
import vn.tvet.lms.search.TextExtractor;

/**
 * {@link TextExtractor} with Tika's parsers for PDF, Office, OpenDocument, HTML and text. Limits:
 * <ul>
 * <li>output: at most {@code maxChars} characters are kept (the rest is not read);</li>
 * <li>time: a parse that runs past {@code timeout} is abandoned and reported;</li>
 * <li>nesting: documents embedded in documents are not opened at all, so there is no depth to exhaust;</li>
 * <li>zip bombs: Tika's secure content handler stops a document whose output outgrows its input by too much.</li>
 * </ul>
 * A file that cannot be read gets a reason, never an exception: it is still indexed by its metadata.
 */
public final class TikaTextExtractor implements TextExtractor, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(TikaTextExtractor.class.getName());

    private final AutoDetectParser parser = new AutoDetectParser();
    private final int maxChars;
    private final Duration timeout;
    /** Parses run on their own threads so a runaway one can be abandoned; daemon threads never block shutdown. */
    private final ExecutorService parsing = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "lms-text-extraction");
        thread.setDaemon(true);
        return thread;
    });

    public TikaTextExtractor(int maxChars, Duration timeout) {
        this.maxChars = maxChars;
        this.timeout = timeout;
    }

    @Override
    public ExtractedText extract(InputStream content, String mediaType, String fileName) {
        Future<ExtractedText> parse = parsing.submit(() -> parse(content, mediaType, fileName));
        try {
            return parse.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            return ExtractedText.failed("timeout after " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            parse.cancel(true);
            Thread.currentThread().interrupt();
            return ExtractedText.failed("interrupted");
        } catch (ExecutionException e) {
            LOG.log(Level.DEBUG, "Extraction of {0} failed", fileName, e.getCause());
            return ExtractedText.failed(describe(e.getCause()));
        }
    }

    private ExtractedText parse(InputStream content, String mediaType, String fileName) throws Exception {
        WriteOutContentHandler limited = new WriteOutContentHandler(maxChars);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, new NoEmbeddedDocuments());
        try (TikaInputStream stream = TikaInputStream.get(content)) {
            parser.parse(stream, new BodyContentHandler(limited), metadata, context);
        } catch (Exception e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                return ExtractedText.of(tidy(limited.toString()));
            }
            throw e;
        }
        return ExtractedText.of(tidy(limited.toString()));
    }

    /** Collapses the runs of blank lines that layout-based formats produce. */
    private static String tidy(String text) {
        return text.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll("\\n\\s*\\n+", "\n").strip();
    }

    private static String describe(Throwable failure) {
        if (failure instanceof EncryptedDocumentException) {
            return "encrypted";
        }
        if (failure instanceof TikaException && failure.getMessage() != null) {
            return "unreadable: " + abbreviate(failure.getMessage());
        }
        return "unreadable: " + failure.getClass().getSimpleName();
    }

    private static String abbreviate(String message) {
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    @Override
    public void close() {
        parsing.shutdownNow();
    }

    /** Embedded documents (attachments, OLE objects, images in a DOCX) are skipped, not parsed. */
    private static final class NoEmbeddedDocuments implements EmbeddedDocumentExtractor {

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, org.xml.sax.ContentHandler handler, Metadata metadata,
                boolean outputHtml) {
            // never called: shouldParseEmbedded refuses every embedded document
        }
    }
}
