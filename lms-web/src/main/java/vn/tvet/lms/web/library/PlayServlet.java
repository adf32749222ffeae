package vn.tvet.lms.web.library;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.tvet.lms.library.DownloadableFile;
import vn.tvet.lms.library.LibraryReading;
import vn.tvet.lms.library.ResourceNotFoundException;
import vn.tvet.lms.library.packaging.PackagePaths;
import vn.tvet.lms.storage.ContentStore;
import vn.tvet.lms.web.account.Visitor;

/**
 * {@code GET /library/play/RESOURCE/VERSION/PATH}: the files of an unpacked package, so its relative links
 * work. Every answer is sandboxed by CSP without {@code allow-same-origin}: the package's scripts run in an
 * opaque origin and cannot reach the application's cookies, pages or endpoints.
 */
@WebServlet("/library/play/*")
public class PlayServlet extends HttpServlet {

    static final String SANDBOX = "sandbox allow-scripts allow-forms allow-popups allow-modals";

    @Inject
    Visitor visitor;

    @Inject
    LibraryReading reading;

    @Inject
    ContentStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/", 4);
        DownloadableFile file;
        try {
            if (parts.length != 4 || PackagePaths.safe(parts[3], 64) == null) {
                throw new ResourceNotFoundException(-1);
            }
            file = reading.packageFile(visitor.viewer(), Long.parseLong(parts[1]), Integer.parseInt(parts[2]),
                    parts[3]);
        } catch (NumberFormatException | ResourceNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Content-Security-Policy", SANDBOX);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, max-age=3600");
        BlobResponses.packageFile(store, request, response, file, parts[3]);
    }
}
