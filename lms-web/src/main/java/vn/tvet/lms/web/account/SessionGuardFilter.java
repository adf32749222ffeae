package vn.tvet.lms.web.account;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import vn.tvet.lms.account.SessionValidity;

/**
 * Runs before every request of a signed-in session, whatever the path (pages, uploads, downloads, the API):
 * a session whose account was disabled, whose password an admin reset, or one of whose schools was closed
 * ends at once; a person holding a temporary password may do nothing but choose a new one. Pages are sent to
 * the sign-in or password page; other requests get 401 or 403 with a short text.
 */
// Async: the chunked upload servlet reads bodies without holding a thread.
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionGuardFilter extends HttpFilter {

    private static final String PASSWORD_PAGE = "/account/password.xhtml";

    @Inject
    CurrentUser currentUser;

    @Inject
    SessionValidity sessionValidity;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        String path = request.getServletPath();
        if (session == null || request.getUserPrincipal() == null || isStaticResource(path)) {
            chain.doFilter(request, response);
            return;
        }
        // Not signed in by our state (e.g. after a redeploy), or the account changed since: sign in again.
        if (!currentUser.isSignedIn() || !sessionValidity.stillValid(currentUser.getPersonId(),
                currentUser.getPasswordSetAt(), currentUser.schoolIds())) {
            signOut(request, response, path);
            return;
        }
        if (currentUser.isMustChangePassword() && !PASSWORD_PAGE.equals(path) && !"/logout".equals(path)) {
            if (isPage(path)) {
                redirect(request, response, request.getContextPath() + PASSWORD_PAGE);
            } else {
                plainText(response, HttpServletResponse.SC_FORBIDDEN,
                        "Bạn cần đổi mật khẩu tạm trước khi tiếp tục. / Change your temporary password first.");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** Framework and vendor files are the same for everyone and public: no account check per file. */
    private static boolean isStaticResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/vendor/") || "/health".equals(path);
    }

    private static boolean isPage(String path) {
        return path.endsWith(".xhtml") || "/".equals(path) || path.isEmpty();
    }

    private static void signOut(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException, ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (isPage(path)) {
            redirect(request, response, request.getContextPath() + "/login.xhtml");
        } else {
            plainText(response, HttpServletResponse.SC_UNAUTHORIZED,
                    "Phiên đăng nhập đã kết thúc; hãy đăng nhập lại. / Your session has ended; sign in again.");
        }
    }

    /** A redirect the browser follows: for a Faces AJAX request, as a partial response, or the page would stay put. */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String target) throws IOException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target + "\"></redirect></partial-response>");
        } else {
            response.sendRedirect(target);
        }
    }

    private static void plainText(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(text);
    }
}
