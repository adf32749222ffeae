package vn.tvet.lms.web.xapi;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import vn.tvet.lms.xapi.DocumentPreconditionException;
import vn.tvet.lms.xapi.LrsAttachments;
import vn.tvet.lms.xapi.LrsCaller;
import vn.tvet.lms.xapi.LrsClientAdministration;
import vn.tvet.lms.xapi.LrsDocuments;
import vn.tvet.lms.xapi.LrsForbiddenException;
import vn.tvet.lms.xapi.LrsLaunches;
import vn.tvet.lms.xapi.LrsStatements;
import vn.tvet.lms.xapi.StatementConflictException;
import vn.tvet.lms.xapi.StatementRejectedException;

/**
 * The LRS's HTTP face (xAPI 1.0.3 Communication): {@code /xapi/about} for anyone; every other resource needs the
 * {@code X-Experience-API-Version} header (1.0.x) and HTTP Basic credentials of an LRS client. Built so far: the
 * Statement Resource's PUT, POST, GET by {@code statementId} / {@code voidedStatementId} and queries. Refusals answer with the
 * specification's status codes and a plain-text reason; nothing is written when a request is refused.
 * Statement queries answer with a StatementResult and a stateless "more" link.
 */
@WebServlet(urlPatterns = "/xapi/*")
public class XapiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(XapiServlet.class.getName());
    static final String VERSION = "1.0.3";
    /** Larger bodies are refused with 413 before they are read. */
    static final long MAX_BODY = 10L * 1024 * 1024;

    @Inject
    LrsLaunches launches;

    @Inject
    transient LrsClientAdministration clients;

    @Inject
    transient LrsStatements statements;

    @Inject
    transient LrsDocuments documents;

    @Inject
    transient LrsAttachments attachments;

    @Inject
    transient Clock clock;

    @Override
    protected void service(HttpServletRequest received, HttpServletResponse response) throws IOException {
        response.setHeader("X-Experience-API-Version", VERSION);
        allowOtherOrigins(received, response);
        if ("OPTIONS".equals(received.getMethod())) {
            response.setStatus(204);
            return;
        }
        HttpServletRequest request;
        try {
            request = AlternateRequest.of(received);
        } catch (IllegalArgumentException refused) {
            plain(response, 400, refused.getMessage());
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        // an endpoint given with its trailing slash (as cmi5 launches give it) joined with "/statements" doubles it
        String resource = request.getPathInfo() == null ? "" : request.getPathInfo().replaceAll("/{2,}", "/");
        try {
            if ("/about".equals(resource)) {
                about(request, response);
                return;
            }
            String version = request.getHeader("X-Experience-API-Version");
            if (version == null || !version.matches("1\\.0(\\.\\d+)?")) {
                plain(response, 400, "The X-Experience-API-Version header is required (1.0.x).");
                return;
            }
            Optional<LrsCaller> caller = caller(request);
            if (caller.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"TVET LMS xAPI\"");
                plain(response, 401, "LRS client credentials are required (HTTP Basic).");
                return;
            }
            switch (resource) {
                case "/statements" -> new StatementRequests(statements, attachments, clock).serve(caller.get(), request, response);
                case "/activities/state" -> documents().state(caller.get(), request, response);
                case "/activities/profile" -> documents().activityProfile(caller.get(), request, response);
                case "/agents/profile" -> documents().agentProfile(caller.get(), request, response);
                case "/activities" -> activities(caller.get(), request, response);
                case "/agents" -> agents(request, response);
                default -> plain(response, 404, "No such xAPI resource.");
            }
        } catch (StatementRejectedException | IllegalArgumentException refused) {
            plain(response, 400, refused.getMessage());
        } catch (StatementConflictException conflict) {
            plain(response, 409, conflict.getMessage());
        } catch (LrsForbiddenException forbidden) {
            plain(response, 403, forbidden.getMessage());
        } catch (DocumentPreconditionException precondition) {
            plain(response, precondition.status(), precondition.getMessage());
        } catch (TooLarge tooLarge) {
            plain(response, 413, tooLarge.getMessage());
        } catch (RuntimeException unexpected) {
            // logged for the operators; the client gets no stack trace
            LOG.log(System.Logger.Level.ERROR, "xAPI request failed: " + request.getMethod() + " " + resource, unexpected);
            plain(response, 500, "The LRS could not handle this request.");
        }
    }

    /**
     * CORS: content served from other origins (simulations, SCORM and cmi5 packages) calls the LRS from the browser
     * with the credentials it was given (in the Authorization header; no cookie counts here); the answer names the
     * caller's origin and exposes the xAPI headers.
     */
    private static void allowOtherOrigins(HttpServletRequest request, HttpServletResponse response) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return;
        }
        response.setHeader("Access-Control-Allow-Origin", origin);
        response.setHeader("Vary", "Origin");
        response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, PUT, POST, DELETE, OPTIONS");
        response.setHeader("Access-Control-Allow-Headers",
                "Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match");
        response.setHeader("Access-Control-Expose-Headers",
                "ETag, Last-Modified, X-Experience-API-Version, X-Experience-API-Consistent-Through");
        response.setHeader("Access-Control-Max-Age", "3600");
    }

    private DocumentRequests documents() {
        return new DocumentRequests(documents);
    }

    /** The Activities resource: the Activity as this school's statements last defined it. */
    private void activities(LrsCaller caller, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            plain(response, 405, "The activities resource is read only.");
            return;
        }
        String id = DocumentRequests.activityId(request);
        json(response, 200, DocumentRequests.activity(id, statements.activityDefinition(caller, id).orElse(null)).toString());
    }

    /** The Agents resource: a Person object for the agent. */
    private void agents(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            plain(response, 405, "The agents resource is read only.");
            return;
        }
        json(response, 200, DocumentRequests.person(DocumentRequests.agent(request)).toString());
    }

    private void about(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            plain(response, 405, "The about resource is read only.");
            return;
        }
        json(response, 200, Json.createObjectBuilder().add("version", Json.createArrayBuilder().add(VERSION)).build()
                .toString());
    }

    /** The request's body, refused with 413 past {@link #MAX_BODY}. */
    static byte[] bytes(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY) {
            throw new TooLarge();
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes((int) MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) {
            throw new TooLarge();
        }
        return bytes;
    }

    /** A body over {@link #MAX_BODY}: 413, read no further. */
    private static final class TooLarge extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("the body is larger than " + MAX_BODY + " bytes", null, false, false);
        }
    }

    private Optional<LrsCaller> caller(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String user = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        // content launched from a lesson carries a launch token; other systems an LRS client's key and secret
        return LrsLaunches.USER.equals(user) ? launches.authenticate(password) : clients.authenticate(user, password);
    }

    static void json(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(body);
    }

    static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(message);
    }
}
