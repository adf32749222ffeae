package vn.tvet.lms.web.library;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import vn.tvet.lms.library.ContentStore;
import vn.tvet.lms.library.ContentStoreException;
import vn.tvet.lms.library.ContentTooLargeException;
import vn.tvet.lms.library.DetectedType;
import vn.tvet.lms.library.FileNames;
import vn.tvet.lms.library.LearningResource;
import vn.tvet.lms.library.LearningResources;
import vn.tvet.lms.library.PackageRejectedException;
import vn.tvet.lms.library.PackageUnpacker;
import vn.tvet.lms.library.MediaTypeDetector;
import vn.tvet.lms.library.ResourceAuthoring;
import vn.tvet.lms.library.ResourceNotFoundException;
import vn.tvet.lms.library.ResourceType;
import vn.tvet.lms.library.ResourceVersion;
import vn.tvet.lms.library.StoredBlob;
import vn.tvet.lms.library.UploadRejectedException;
import vn.tvet.lms.library.UploadRules;
import vn.tvet.lms.library.WorkflowViolationException;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.Texts;

/**
 * {@code POST /library/upload?resource=ID&name=FILE[&note=TEXT]} with the file as the raw request body:
 * the bytes stream through a hash into the object store, never whole in memory or on the app's disk, and
 * the size limit is enforced while they stream. Answers JSON. The page's script sends the
 * {@code X-LMS-Upload} header, which a form on a foreign site cannot, so the endpoint needs no view state.
 */
@WebServlet("/library/upload")
public class UploadServlet extends HttpServlet {

    private static final System.Logger LOG = System.getLogger(UploadServlet.class.getName());
    /** Enough for every magic number Tika knows; the buffer is reset and streamed on. */
    private static final int DETECTION_BUFFER = 64 * 1024;
    /** The archive is fine as a file but unusable as a package; servlet constants predate this status. */
    private static final int UNPROCESSABLE_CONTENT = 422;

    @Inject
    CurrentUser currentUser;

    @Inject
    ResourceAuthoring authoring;

    @Inject
    LearningResources resources;

    @Inject
    ContentStore store;

    @Inject
    MediaTypeDetector detector;

    @Inject
    PackageUnpacker unpacker;

    @Inject
    LibrarySettings settings;

    @Inject
    Texts texts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"1".equals(request.getHeader("X-LMS-Upload"))) {
            reply(response, HttpServletResponse.SC_FORBIDDEN, error("library.upload.forbidden"));
            return;
        }
        long resourceId;
        try {
            resourceId = Long.parseLong(String.valueOf(request.getParameter("resource")));
        } catch (NumberFormatException e) {
            reply(response, HttpServletResponse.SC_NOT_FOUND, error("error.404"));
            return;
        }
        String fileName = FileNames.sanitise(request.getParameter("name"));
        try {
            ResourceType type = authoring.checkUpload(currentUser.viewer(), resourceId);
            UploadRules.checkName(type, fileName);
            long declared = request.getContentLengthLong();
            if (declared > settings.maxUploadBytes()) {
                throw new ContentTooLargeException(settings.maxUploadBytes());
            }
            UploadRules.checkNotEmpty(fileName, declared == -1 ? 1 : declared);
            InputStream body = new BufferedInputStream(request.getInputStream(), DETECTION_BUFFER);
            DetectedType detected = detector.detect(body, fileName);
            UploadRules.checkContent(fileName, detected);
            StoredBlob blob = store.putContentAddressed(body, settings.maxUploadBytes(), detected.mediaType());
            if (blob.size() == 0) {
                removeIfUnused(blob);
                UploadRules.checkNotEmpty(fileName, 0);
            }
            ResourceVersion version = LearningResource.isPackageType(type)
                    ? authoring.addPackageVersion(currentUser.viewer(), resourceId, blob, fileName,
                            unpacker.unpack(blob, type, settings.packageLimits()), request.getParameter("note"))
                    : authoring.addVersion(currentUser.viewer(), resourceId, blob, fileName, detected.mediaType(),
                            request.getParameter("note"));
            reply(response, HttpServletResponse.SC_CREATED, Json.createObjectBuilder()
                    .add("version", version.getNumber())
                    .add("size", blob.size())
                    .add("sha256", blob.sha256())
                    .add("mediaType", detected.mediaType())
                    .add("message", texts.get("library.upload.done", fileName)).build());
        } catch (ResourceNotFoundException e) {
            reply(response, HttpServletResponse.SC_NOT_FOUND, error("error.404"));
        } catch (WorkflowViolationException e) {
            reply(response, HttpServletResponse.SC_CONFLICT, error("library.refused." + e.reason()));
        } catch (UploadRejectedException e) {
            int status = e.reason() == UploadRejectedException.Reason.CONTENT_MISMATCH
                    ? HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE : HttpServletResponse.SC_BAD_REQUEST;
            reply(response, status, error("library.upload." + e.reason(),
                    String.join(", ", UploadRules.allowedExtensions(typeOrDocument(resourceId)))));
        } catch (PackageRejectedException e) {
            reply(response, UNPROCESSABLE_CONTENT, error("library.package." + e.reason()));
        } catch (ContentTooLargeException e) {
            reply(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    error("library.upload.TOO_LARGE", e.limitBytes() / (1024 * 1024)));
        } catch (ContentStoreException e) {
            LOG.log(Level.WARNING, "Upload to resource {0} failed in the object store: {1}", resourceId, e.getMessage());
            reply(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, error("error.503"));
        }
    }

    /** The empty blob may be shared by nobody; an upload that turned out empty must not leave it behind. */
    private void removeIfUnused(StoredBlob blob) {
        if (!resources.blobInUse(blob.sha256())) {
            store.delete(blob.key());
        }
    }

    private ResourceType typeOrDocument(long resourceId) {
        return resources.find(resourceId).map(r -> r.getType()).orElse(ResourceType.DOCUMENT);
    }

    private JsonObject error(String key, Object... arguments) {
        return Json.createObjectBuilder().add("error", texts.get(key, arguments)).build();
    }

    private static void reply(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(body.toString());
    }
}
