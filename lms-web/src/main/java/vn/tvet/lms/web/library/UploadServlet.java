package vn.tvet.lms.web.library;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import vn.tvet.lms.storage.ContentTooLargeException;
import vn.tvet.lms.library.DetectedType;
import vn.tvet.lms.library.FileNames;
import vn.tvet.lms.library.MediaTypeDetector;
import vn.tvet.lms.library.ResourceType;
import vn.tvet.lms.storage.StoredBlob;
import vn.tvet.lms.library.UploadRules;

/**
 * {@code POST /library/upload?resource=ID&name=FILE[&note=TEXT]} with the file as the raw request body:
 * the bytes stream through a hash into the object store, never whole in memory or on the app's disk, and
 * the size limit is enforced while they stream. The page uses it for files up to one chunk; larger files
 * go through {@link ResumableUploadServlet} so a dropped connection costs one chunk, not the whole file.
 */
@WebServlet("/library/upload")
public class UploadServlet extends UploadEndpoint {

    /** Enough for every magic number Tika knows; the buffer is reset and streamed on. */
    private static final int DETECTION_BUFFER = 64 * 1024;

    @Inject
    MediaTypeDetector detector;

    @Inject
    vn.tvet.lms.library.StorageQuota quota;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!fromUploadScript(request)) {
            reply(response, HttpServletResponse.SC_FORBIDDEN, error("library.upload.forbidden"));
            return;
        }
        long resourceId = parseId(request.getParameter("resource"));
        String fileName = FileNames.sanitise(request.getParameter("name"));
        answer(response, resourceId, () -> {
            ResourceType type = authoring.checkUpload(currentUser.viewer(), resourceId);
            UploadRules.checkName(type, fileName);
            UploadRules.checkNote(request.getParameter("note"));
            long declared = request.getContentLengthLong();
            if (declared > settings.maxUploadBytes()) {
                throw new ContentTooLargeException(settings.maxUploadBytes());
            }
            UploadRules.checkNotEmpty(fileName, declared == -1 ? 1 : declared);
            quota.check(currentUser.getPersonId(), Math.max(declared, 0), false, settings.quotaLimits());
            InputStream body = new BufferedInputStream(request.getInputStream(), DETECTION_BUFFER);
            DetectedType detected = detector.detect(body, fileName);
            UploadRules.checkContent(fileName, detected);
            StoredBlob blob = store.putContentAddressed(body, settings.maxUploadBytes(), detected.mediaType());
            recordVersion(response, resourceId, blob, fileName, detected, request.getParameter("note"));
        });
    }
}
