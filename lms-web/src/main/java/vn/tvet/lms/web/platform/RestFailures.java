package vn.tvet.lms.web.platform;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;

/**
 * Every failure of a JSON endpoint answers in the same shape as the upload endpoints,
 * {@code {"error": "…"}} in the caller's language, with the status {@link FailureStatus} gives; never a
 * server's HTML error page or a stack trace. Unexpected failures are logged with their trace.
 */
@Provider
public class RestFailures implements ExceptionMapper<Throwable> {

    private static final System.Logger LOG = System.getLogger(RestFailures.class.getName());

    @Inject
    Texts texts;

    @Override
    public Response toResponse(Throwable thrown) {
        int status;
        if (thrown instanceof WebApplicationException web) {
            // Unknown path, wrong method, unreadable body: the framework already chose the status.
            status = web.getResponse().getStatus();
        } else {
            status = FailureStatus.of(thrown).orElse(Response.Status.INTERNAL_SERVER_ERROR.getStatusCode());
        }
        if (status >= 500) {
            LOG.log(Level.ERROR, "JSON endpoint failed", thrown);
        }
        String message = switch (status) {
            case 403 -> texts.get("error.403");
            case 404 -> texts.get("error.404");
            case 503 -> texts.get("error.503");
            default -> status >= 500 ? texts.get("error.500") : texts.get("error.badRequest");
        };
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .entity(Json.createObjectBuilder().add("error", message).build().toString()).build();
    }
}
