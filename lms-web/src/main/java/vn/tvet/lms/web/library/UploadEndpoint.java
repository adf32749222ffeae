package vn.tvet.lms.web.library;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import vn.tvet.lms.library.ResourceNotFoundException;
import vn.tvet.lms.library.WorkflowViolationException;
import vn.tvet.lms.library.packaging.PackageRejectedException;
import vn.tvet.lms.library.upload.ChunkOutOfOrderException;
import vn.tvet.lms.library.upload.FileUploads;
import vn.tvet.lms.library.upload.FileUploads.RecordedUpload;
import vn.tvet.lms.library.upload.IncompleteChunkException;
import vn.tvet.lms.library.upload.UploadRejectedException;
import vn.tvet.lms.library.upload.UploadSessionNotFoundException;
import vn.tvet.lms.storage.ContentStoreException;
import vn.tvet.lms.storage.ContentTooLargeException;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.Texts;

/**
 * What the one-request and the chunked upload endpoints share: the header that keeps foreign pages out,
 * recording stored bytes as a version, and one mapping from refused uploads to statuses and messages.
 * Both answer JSON, since their client is the upload script.
 */
abstract class UploadEndpoint extends HttpServlet {

    private static final System.Logger LOG = System.getLogger(UploadEndpoint.class.getName());
    /** The archive is fine as a file but unusable as a package; servlet constants predate this status. */
    private static final int UNPROCESSABLE_CONTENT = 422;
    static final int TOO_MANY_REQUESTS = 429;

    @Inject
    CurrentUser currentUser;

    @Inject
    FileUploads files;

    @Inject
    LibrarySettings settings;

    @Inject
    Texts texts;

    /** A step of an upload that may be refused in any of the ways {@link #answer} knows. */
    @FunctionalInterface
    interface UploadStep {
        void run() throws IOException;
    }

    /**
     * The page's script sends {@code X-LMS-Upload}, which a form on a foreign site cannot, so these
     * endpoints need no view state.
     */
    static boolean fromUploadScript(HttpServletRequest request) {
        return "1".equals(request.getHeader("X-LMS-Upload"));
    }

    /** Runs the step and answers every refusal with its status and a message in the user's language. */
    void answer(HttpServletResponse response, long resourceId, UploadStep step) throws IOException {
        try {
            step.run();
        } catch (ResourceNotFoundException | UploadSessionNotFoundException | vn.tvet.lms.classes.ClassNotFoundException e) {
            reply(response, HttpServletResponse.SC_NOT_FOUND, error("error.404"));
        } catch (vn.tvet.lms.classes.ClassRuleException e) {
            reply(response, HttpServletResponse.SC_CONFLICT, error("classes.refused." + e.reason()));
        } catch (WorkflowViolationException e) {
            reply(response, HttpServletResponse.SC_CONFLICT, error("library.refused." + e.reason()));
        } catch (ChunkOutOfOrderException e) {
            reply(response, HttpServletResponse.SC_CONFLICT, Json.createObjectBuilder()
                    .add("received", e.receivedBytes()).add("error", text("library.upload.resumeFrom")).build());
        } catch (IncompleteChunkException e) {
            reply(response, HttpServletResponse.SC_BAD_REQUEST, error("library.upload.incompleteChunk"));
        } catch (UploadRejectedException e) {
            int status = e.reason() == UploadRejectedException.Reason.CONTENT_MISMATCH
                    || e.reason() == UploadRejectedException.Reason.HIDDEN_CONTENT
                    ? HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE : HttpServletResponse.SC_BAD_REQUEST;
            reply(response, status, error("library.upload." + e.reason(), String.join(", ", e.allowedExtensions())));
        } catch (PackageRejectedException e) {
            reply(response, UNPROCESSABLE_CONTENT, error("library.package." + e.reason()));
        } catch (ContentTooLargeException e) {
            reply(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    error("library.upload.TOO_LARGE", e.limitBytes() / (1024 * 1024)));
        } catch (vn.tvet.lms.library.upload.QuotaExceededException e) {
            boolean storage = e.kind() == vn.tvet.lms.library.upload.QuotaExceededException.Kind.STORAGE;
            reply(response, storage ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : TOO_MANY_REQUESTS,
                    error("library.quota." + e.kind(), storage ? e.limit() / (1024 * 1024) : e.limit()));
        } catch (ContentStoreException e) {
            LOG.log(Level.WARNING, "Upload to resource {0} failed in the object store: {1}", resourceId, e.getMessage());
            reply(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, error("error.503"));
        }
    }

    /** Answers 201 with what was recorded. */
    void created(HttpServletResponse response, RecordedUpload upload) throws IOException {
        reply(response, HttpServletResponse.SC_CREATED, Json.createObjectBuilder()
                .add("version", upload.version())
                .add("size", upload.blob().size())
                .add("sha256", upload.blob().sha256())
                .add("mediaType", upload.mediaType())
                .add("message", text("library.upload.done", upload.fileName())).build());
    }

    JsonObject error(String key, Object... arguments) {
        return Json.createObjectBuilder().add("error", text(key, arguments)).build();
    }

    /**
     * The language of a chunk whose body was read asynchronously: its second half runs in a dispatch where
     * no CDI request scope is active, so {@link Texts} cannot be asked there.
     */
    private static final ThreadLocal<java.util.Locale> DISPATCH_LOCALE = new ThreadLocal<>();

    /** Runs {@code step} answering in {@code locale} without the request-scoped texts. */
    void inLocale(java.util.Locale locale, UploadStep step) throws IOException {
        DISPATCH_LOCALE.set(locale);
        try {
            step.run();
        } finally {
            DISPATCH_LOCALE.remove();
        }
    }

    String text(String key, Object... arguments) {
        java.util.Locale locale = DISPATCH_LOCALE.get();
        return locale != null ? Texts.in(locale, key, arguments) : texts.get(key, arguments);
    }

    static void reply(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(body.toString());
    }

    static long parseId(String text) {
        try {
            return Long.parseLong(String.valueOf(text));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
