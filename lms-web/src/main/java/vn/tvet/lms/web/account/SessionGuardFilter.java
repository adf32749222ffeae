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
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Person;

/**
 * Runs before every page: a person whose account was disabled loses their session at their next
 * request, and a person holding a temporary password is sent to choose a new one before anything else.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class SessionGuardFilter extends HttpFilter {

    private static final String PASSWORD_PAGE = "/account/password.xhtml";

    @Inject
    CurrentUser currentUser;

    @Inject
    People people;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session == null || request.getUserPrincipal() == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!currentUser.isSignedIn()) {
            // Authenticated in the container but our session state is gone (e.g. redeploy): sign in again.
            signOut(request, response);
            return;
        }
        boolean enabled = people.find(currentUser.getPersonId()).map(Person::isEnabled).orElse(false);
        if (!enabled) {
            signOut(request, response);
            return;
        }
        String path = request.getServletPath();
        if (currentUser.isMustChangePassword() && !PASSWORD_PAGE.equals(path) && !path.startsWith("/jakarta.faces.resource")) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void signOut(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        request.logout();
        request.getSession().invalidate();
        response.sendRedirect(request.getContextPath() + "/login.xhtml");
    }
}
