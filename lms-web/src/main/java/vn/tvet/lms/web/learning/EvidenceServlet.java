package vn.tvet.lms.web.learning;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import vn.tvet.lms.classes.ClassNotFoundException;
import vn.tvet.lms.learning.PracticalEvidence;
import vn.tvet.lms.learning.TaskEvidence;
import vn.tvet.lms.library.DownloadableFile;
import vn.tvet.lms.storage.ContentStore;
import vn.tvet.lms.storage.ContentStoreException;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.library.BlobResponses;

/**
 * {@code GET /learning/evidence/ID}: a file a learner handed in for a practical task, for that learner and the
 * people who run the class (anyone else: 404). Photos and videos show in place, with range requests so a video
 * can seek; other files are attachments, and nothing runs in the application's origin.
 */
@WebServlet("/learning/evidence/*")
public class EvidenceServlet extends HttpServlet {

    private static final System.Logger LOG = System.getLogger(EvidenceServlet.class.getName());

    @Inject
    CurrentUser currentUser;

    @Inject
    PracticalEvidence evidence;

    @Inject
    ContentStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        TaskEvidence file;
        try {
            String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
            file = evidence.get(currentUser.viewer(), UUID.fromString(path));
        } catch (IllegalArgumentException | ClassNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean inPlace = file.isShownInPlace() && request.getParameter("download") == null;
        String disposition = (inPlace ? "inline" : "attachment") + "; filename*=UTF-8''"
                + URLEncoder.encode(file.getFileName(), StandardCharsets.UTF_8).replace("+", "%20");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox");
        response.setHeader("Cache-Control", "private, max-age=3600");
        try {
            BlobResponses.stream(store, request, response, new DownloadableFile(0, 0, file.blob(), file.getFileName(),
                    file.getMediaType()), disposition);
        } catch (ContentStoreException e) {
            LOG.log(System.Logger.Level.WARNING, "Evidence {0} unavailable from the object store: {1}", file.getId(),
                    e.getMessage());
            if (!response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        }
    }
}
