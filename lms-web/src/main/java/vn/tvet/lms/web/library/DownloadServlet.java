package vn.tvet.lms.web.library;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import vn.tvet.lms.library.DownloadableFile;
import vn.tvet.lms.library.LibraryReading;
import vn.tvet.lms.library.ResourceNotFoundException;
import vn.tvet.lms.storage.ContentStore;
import vn.tvet.lms.storage.ContentStoreException;
import vn.tvet.lms.web.account.Visitor;

/**
 * {@code GET /library/files/RESOURCE/VERSION} (version 0 is the latest; {@code ?download} asks for an
 * attachment). Large files are answered with a redirect to a short-lived presigned URL so their bytes go
 * straight from the object store; small ones stream through here with HTTP Range support. Nothing is
 * ever served as active content in the application's origin: HTML, SVG and XML are attachments, and
 * every answer carries {@code nosniff} and a sandboxing CSP.
 */
@WebServlet("/library/files/*")
public class DownloadServlet extends HttpServlet {

    private static final System.Logger LOG = System.getLogger(DownloadServlet.class.getName());

    /** Types a browser could run as a page; they are only ever downloaded. */
    private static final Set<String> ACTIVE_TYPES = Set.of("text/html", "application/xhtml+xml", "image/svg+xml",
            "text/xml", "application/xml", "text/javascript", "application/javascript");

    @Inject
    Visitor visitor;

    @Inject
    LibraryReading reading;

    @Inject
    ContentStore store;

    @Inject
    LibrarySettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
        DownloadableFile file;
        try {
            if (parts.length != 3) {
                throw new ResourceNotFoundException(-1);
            }
            file = reading.file(visitor.viewer(), Long.parseLong(parts[1]), Integer.parseInt(parts[2]));
        } catch (NumberFormatException | ResourceNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean attachment = request.getParameter("download") != null || ACTIVE_TYPES.contains(file.mediaType());
        String disposition = (attachment ? "attachment" : "inline") + "; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        String etag = "\"" + file.blob().sha256() + "\"";
        response.setHeader("X-Content-Type-Options", "nosniff");
        // A numbered version never changes; "0" (the newest) changes when a new file is approved: revalidate it.
        response.setHeader("Cache-Control", "0".equals(parts[2]) ? "private, no-cache" : "private, max-age=3600");
        response.setHeader("ETag", etag);
        if (!"application/pdf".equals(file.mediaType())) {
            // Chromium's PDF viewer refuses to run in a sandboxed document; PDFs are never executed as HTML anyway.
            response.setHeader("Content-Security-Policy", "sandbox");
        }
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        try {
            if (file.blob().size() >= settings.redirectThresholdBytes()) {
                // The redirect must expire well before the presigned URL it points to.
                response.setHeader("Cache-Control", "private, max-age=" + settings.presignedSeconds() / 2);
                response.sendRedirect(store.presignedDownload(file.blob().key(),
                        Duration.ofSeconds(settings.presignedSeconds()), file.fileName(), file.mediaType()).toString());
                return;
            }
            BlobResponses.stream(store, request, response, file, disposition);
        } catch (ContentStoreException e) {
            LOG.log(Level.WARNING, "Download of resource {0} failed in the object store: {1}", file.resourceId(),
                    e.getMessage());
            if (!response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        }
    }
}
