package vn.tvet.lms.web.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * {@code POST /logout}: ends the authentication and the whole session, then shows the login page.
 * Only POST, so a link or image on another site cannot sign people out, and only from this application's own
 * pages: a POST whose {@code Origin} names another site is refused (the session cookie's {@code SameSite=Lax}
 * already keeps it out of such requests; this is the second lock).
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.equals(ownOrigin(request)) && !origin.equals(publicOrigin())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login.xhtml?loggedOut=true");
    }

    private static String ownOrigin(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = "http".equals(request.getScheme()) && port == 80 || "https".equals(request.getScheme()) && port == 443;
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }

    /** The configured public URL's origin, for deployments behind a proxy that changes the host or scheme. */
    private static String publicOrigin() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue("lms.public-url", String.class)
                .map(java.net.URI::create).map(uri -> uri.getScheme() + "://" + uri.getAuthority()).orElse("");
    }
}
