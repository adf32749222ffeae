package vn.tvet.lms.web.scorm;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.tvet.lms.cmi5.Cmi5Launches;
import vn.tvet.lms.learning.PublicAddress;
import vn.tvet.lms.library.DownloadableFile;
import vn.tvet.lms.library.ResourceNotFoundException;
import vn.tvet.lms.library.packaging.PackagePaths;
import vn.tvet.lms.scorm.CommitRefusedException;
import vn.tvet.lms.scorm.ContentLaunchNotFoundException;
import vn.tvet.lms.scorm.ScormRuntime;
import vn.tvet.lms.storage.ContentStore;
import vn.tvet.lms.web.library.BlobResponses;

/**
 * The content origin (see {@code ContentOrigin}): {@code /content/TOKEN/} is the runtime page that gives a SCO the
 * SCORM API (scorm-again) and frames it, {@code /content/TOKEN/sco/PATH} the package's files (same origin as the
 * API, so the SCO finds it in its parent window), {@code POST /content/TOKEN/commit/OPENING} a commit, answered
 * only after it is stored; {@code /content/au/TOKEN/PATH} a cmi5 AU's files. The token in the path is the only credential: the origin has no cookies.
 */
@WebServlet("/content/*")
public class ContentServlet extends HttpServlet {

    private static final System.Logger LOG = System.getLogger(ContentServlet.class.getName());
    /** More than any data model within the specifications' limits (2004 suspend data is 64,000 characters). */
    static final int MAX_COMMIT_BYTES = 2 * 1024 * 1024;

    @Inject
    ScormRuntime runtime;

    @Inject
    ContentStore store;

    @Inject
    Cmi5Launches cmi5;

    @Inject
    PublicAddress application;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = parts(request);
        try {
            if (parts.length == 3 && parts[0].equals("au")) {
                packageFile(cmi5::file, parts[1], parts[2], request, response);
            } else if (parts.length == 2 && parts[0].equals("runtime")) {
                RuntimeFiles.serve(getServletContext(), parts[1], response);
            } else if (parts.length == 2 && parts[1].isEmpty()) {
                RuntimePage.write(runtime.open(parts[0]), application, response);
            } else if (parts.length == 3 && parts[1].equals("sco")) {
                packageFile(runtime::file, parts[0], parts[2], request, response);
            } else {
                notFound(response);
            }
        } catch (ContentLaunchNotFoundException | ResourceNotFoundException e) {
            notFound(response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/", 5);
        if (parts.length != 4 || !parts[2].equals("commit") || !parts[3].matches("\\d{1,9}")) {
            notFound(response);
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        long sequence;
        boolean terminate;
        try {
            JsonObject body = Json.createReader(limited(request)).readObject();
            sequence = body.containsKey("commitSequence") ? body.getJsonNumber("commitSequence").longValueExact() : 0;
            terminate = body.getBoolean("terminated", false);
            // flattened: one string per element; empty collections come as {} and carry nothing
            body.forEach((key, value) -> {
                if (value instanceof JsonString text) {
                    values.put(key, text.getString());
                } else if (value instanceof JsonNumber number) {
                    values.put(key, number.toString());
                }
            });
        } catch (CommitTooLargeException e) {
            answer(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, false, CommitRefusedException.COMMIT_FAILURE_2004, null);
            return;
        } catch (JsonException | ClassCastException | ArithmeticException | IllegalStateException e) {
            answer(response, HttpServletResponse.SC_BAD_REQUEST, false, CommitRefusedException.COMMIT_FAILURE_2004, null);
            return;
        }
        try {
            runtime.commit(parts[1], Integer.parseInt(parts[3]), sequence, values, terminate);
            answer(response, HttpServletResponse.SC_OK, true, 0, null);
        } catch (ContentLaunchNotFoundException e) {
            notFound(response);
        } catch (CommitRefusedException e) {
            // what a package got wrong, for whoever looks into a misbehaving package (the value is not logged)
            LOG.log(Level.INFO, "SCORM commit refused: {0}", e.getMessage());
            answer(response, 422, false, e.errorCode(), e.element());
        }
    }

    /**
     * A file of a launch's package version: a SCO's ({@code find} = the SCORM runtime's) or a cmi5 AU's (the
     * session's content token stands for the learner and the package version).
     */
    private void packageFile(java.util.function.BiFunction<String, String, DownloadableFile> find, String token, String path,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (PackagePaths.safe(path, 64) == null) {
            notFound(response);
            return;
        }
        DownloadableFile file = find.apply(token, path);
        // framed by the runtime page or the player: frame-ancestors checks every ancestor, the top one too
        response.setHeader("Content-Security-Policy", "frame-ancestors 'self' " + application.url());
        response.setHeader("Cache-Control", "private, max-age=3600");
        BlobResponses.packageFile(store, request, response, file, path);
    }

    /** ["au", token, path] for a cmi5 AU's file, [token, "", ] for the page, [token, "sco", path] for a file, ["runtime", file] for the runtime's scripts. */
    private static String[] parts(HttpServletRequest request) {
        String info = request.getPathInfo();
        if (info == null || info.length() < 2) {
            return new String[0];
        }
        String[] split = info.substring(1).split("/", 3);
        if (split.length == 1) {
            return new String[0];
        }
        return split;
    }

    private static InputStream limited(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_COMMIT_BYTES) {
            throw new CommitTooLargeException();
        }
        byte[] body = request.getInputStream().readNBytes(MAX_COMMIT_BYTES + 1);
        if (body.length > MAX_COMMIT_BYTES) {
            throw new CommitTooLargeException();
        }
        return new ByteArrayInputStream(body);
    }

    private static void answer(HttpServletResponse response, int status, boolean result, int errorCode, String element)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        var json = Json.createObjectBuilder().add("result", result).add("errorCode", errorCode);
        if (element != null) {
            json.add("element", element);
        }
        response.getWriter().write(json.build().toString());
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("Không tìm thấy hoặc đã hết hạn. / Not found or expired.");
    }

    /** A commit body over {@link #MAX_COMMIT_BYTES}. */
    private static final class CommitTooLargeException extends RuntimeException {
    }
}
