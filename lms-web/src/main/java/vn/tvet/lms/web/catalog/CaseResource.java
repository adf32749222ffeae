package vn.tvet.lms.web.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import vn.tvet.lms.catalog.CaseJson;
import vn.tvet.lms.catalog.FrameworkCatalogue;

/**
 * {@code GET /api/ims/case/v1p1/CFPackages/{identifier}}: the newest version of a framework as a CASE 1.1
 * package, so other systems can take frameworks from this one. Competency standards are public
 * information; no sign-in is needed.
 */
@Path("/ims/case/v1p1")
@RequestScoped
public class CaseResource {

    @Inject
    FrameworkCatalogue catalogue;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @GET
    @Path("/CFPackages/{identifier}")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response cfPackage(@PathParam("identifier") String identifier) {
        String base = uri.getBaseUri().toString().replaceAll("/$", "") + "/ims/case/v1p1";
        return catalogue.exportLatest(identifier)
                .map(draft -> Response.ok(CaseJson.write(draft, base, clock.instant())).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND)
                        .entity("{\"imsx_codeMajor\":\"failure\",\"imsx_severity\":\"error\",\"imsx_description\":\"unknown framework\"}")
                        .build());
    }
}
