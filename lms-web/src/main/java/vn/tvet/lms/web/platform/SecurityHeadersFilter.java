package vn.tvet.lms.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Headers every response carries, set before the request is handled so that a servlet with stricter needs (the
 * file download's {@code sandbox} policy, the package player's) can replace them: no MIME sniffing, no framing by
 * other sites, no referrer beyond the origin, HSTS when served over HTTPS, and a Content-Security-Policy on pages.
 *
 * <p>The page policy allows scripts from this origin only, plus inline ones (PrimeFaces renders its widget set-up
 * and event handlers inline); no plugins, no {@code <base>} rewriting, forms only to this origin. The object store's
 * origin is allowed for reading media, PDFs and models from presigned URLs.
 */
// Async: the chunked upload servlet reads bodies without holding a thread.
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Inject
    @ConfigProperty(name = "lms.storage.endpoint", defaultValue = "http://127.0.0.1:9000")
    String storeEndpoint;

    @Inject
    @ConfigProperty(name = "lms.http.hsts", defaultValue = "true")
    boolean hsts;

    @Inject
    ContentOrigin contentOrigin;

    private String pagePolicy;

    @Override
    public void init() {
        String store = origin(storeEndpoint);
        // 'wasm-unsafe-eval' lets PDF.js compile its image decoders; it does not allow eval() of strings.
        pagePolicy = "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline';"
                + " img-src 'self' data: blob: " + store + "; media-src 'self' blob: " + store + ";"
                + " connect-src 'self' " + store + "; font-src 'self' data:; worker-src 'self' blob:;"
                + " frame-src 'self'" + (contentOrigin.configured() ? " " + contentOrigin.url() : "") + "; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        String path = request.getServletPath();
        // the content origin's runtime page is framed by the application's player; its own CSP says by whom
        if (!"/content".equals(path)) {
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
        }
        if (hsts && request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (path.endsWith(".xhtml") || "/".equals(path) || path.isEmpty()) {
            response.setHeader("Content-Security-Policy", pagePolicy);
        }
        chain.doFilter(request, response);
    }

    private static String origin(String url) {
        URI uri = URI.create(url.strip());
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
