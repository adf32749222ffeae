package vn.tvet.lms.web.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tvet.lms.catalog.CaseJson;
import vn.tvet.lms.catalog.FrameworkCatalogue;
import vn.tvet.lms.catalog.FrameworkDraft;

/**
 * The CASE 1.1 provider endpoints, so other systems can take frameworks from this one: {@code CFPackages/{id}}
 * (the newest version of a framework as a package) and every uri a package names, {@code CFDocuments/{id}},
 * {@code CFItems/{id}} and {@code CFAssociations/{id}}. Competency standards are public information; no sign-in
 * is needed. The uris are built from the configured public URL, never from the request's Host header, which a
 * caller chooses.
 */
@Path("/ims/case/v1p1")
@RequestScoped
public class CaseResource {

    private static final String NOT_FOUND =
            "{\"imsx_codeMajor\":\"failure\",\"imsx_severity\":\"error\",\"imsx_description\":\"unknown identifier\"}";

    @Inject
    FrameworkCatalogue catalogue;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "lms.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @GET
    @Path("/CFPackages/{identifier}")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response cfPackage(@PathParam("identifier") String identifier) {
        return answer(catalogue.exportLatest(identifier).map(this::packageJson));
    }

    @GET
    @Path("/CFDocuments/{identifier}")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response cfDocument(@PathParam("identifier") String identifier) {
        return answer(catalogue.exportLatest(identifier).flatMap(node("CFDocument", identifier)));
    }

    @GET
    @Path("/CFItems/{identifier}")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response cfItem(@PathParam("identifier") String identifier) {
        return answer(catalogue.exportHoldingItem(identifier).flatMap(node("CFItems", identifier)));
    }

    @GET
    @Path("/CFAssociations/{identifier}")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response cfAssociation(@PathParam("identifier") String identifier) {
        return answer(catalogue.exportHoldingAssociation(identifier).flatMap(node("CFAssociations", identifier)));
    }

    private Function<FrameworkDraft, Optional<String>> node(String part, String identifier) {
        return draft -> CaseJson.node(packageJson(draft), part, identifier);
    }

    private String packageJson(FrameworkDraft draft) {
        return CaseJson.write(draft, publicUrl.replaceAll("/+$", "") + "/api/ims/case/v1p1", clock.instant());
    }

    private static Response answer(Optional<String> json) {
        return json.map(body -> Response.ok(body).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).entity(NOT_FOUND).build());
    }
}
