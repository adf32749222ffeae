package vn.tvet.lms.web.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URI;
import java.util.Locale;

/**
 * The origin packages run from (lms.content-origin): another host name for the same server, so a package's scripts
 * never share an origin (or a cookie: the session cookie names no domain) with the application's pages. The local
 * run's default is the public URL with 127.0.0.1 and localhost swapped; elsewhere it must be configured (a host
 * under another registrable domain is best, see the README). Null {@code url}: none, and packages cannot track.
 */
public record ContentOrigin(String url) implements Serializable {

    public ContentOrigin {
        url = url == null || url.isBlank() ? null : url.strip().replaceAll("/+$", "");
    }

    /**
     * The configured origin, else the public URL's loopback twin, else none. One configured as the application's own
     * origin is none: packages would share the application's origin, and the application would answer nothing else.
     */
    public static ContentOrigin of(String configured, String publicUrl) {
        if (configured != null && !configured.isBlank()) {
            ContentOrigin origin = new ContentOrigin(configured);
            boolean same = publicUrl != null && !publicUrl.isBlank() && URI.create(origin.url()).getRawAuthority()
                    .equalsIgnoreCase(URI.create(publicUrl.strip()).getRawAuthority());
            return same ? new ContentOrigin(null) : origin;
        }
        if (publicUrl == null || publicUrl.isBlank()) {
            return new ContentOrigin(null);
        }
        URI app = URI.create(publicUrl.strip());
        String twin = switch (app.getHost().toLowerCase(Locale.ROOT)) {
            case "127.0.0.1" -> "localhost";
            case "localhost" -> "127.0.0.1";
            default -> null;
        };
        return new ContentOrigin(twin == null ? null
                : app.getScheme() + "://" + twin + (app.getPort() < 0 ? "" : ":" + app.getPort()));
    }

    public boolean configured() {
        return url != null;
    }

    /** Whether the request came in through the content origin's host name (and port). */
    public boolean receives(HttpServletRequest request) {
        if (url == null) {
            return false;
        }
        String host = request.getHeader("Host");
        return host != null && host.equalsIgnoreCase(URI.create(url).getRawAuthority());
    }
}
