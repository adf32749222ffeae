package vn.tvet.lms.web.library;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.tvet.lms.library.upload.FileNames;


/**
 * {@code POST /library/upload?resource=ID&name=FILE[&note=TEXT]} with the file as the raw request body:
 * the bytes stream through a hash into the object store, never whole in memory or on the app's disk, and
 * the size limit is enforced while they stream. The page uses it for files up to one chunk; larger files
 * go through {@link ResumableUploadServlet} so a dropped connection costs one chunk, not the whole file.
 */
@WebServlet("/library/upload")
public class UploadServlet extends UploadEndpoint {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!fromUploadScript(request)) {
            reply(response, HttpServletResponse.SC_FORBIDDEN, error("library.upload.forbidden"));
            return;
        }
        long resourceId = parseId(request.getParameter("resource"));
        String fileName = FileNames.sanitise(request.getParameter("name"));
        answer(response, resourceId, () -> created(response, files.upload(currentUser.viewer(), resourceId,
                fileName, request.getParameter("note"), request.getInputStream(), request.getContentLengthLong(),
                settings.uploadLimits())));
    }
}
