package vn.tvet.lms.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Keeps the two origins apart: through the content origin only package content ({@code /content/}) is served, and
 * package content only through it. A package's script can then never load one of the application's pages in its
 * own origin, nor the application frame content with its cookies.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ContentOriginFilter extends HttpFilter {

    @Inject
    ContentOrigin contentOrigin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // the content servlet's requests have the servlet path "/content" (the rest is the path info)
        boolean content = "/content".equals(request.getServletPath());
        if (content != contentOrigin.receives(request) && !"/health".equals(request.getServletPath())) {
            // plain text: the error page is one of the application's pages
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Không tìm thấy. / Not found.");
            return;
        }
        chain.doFilter(request, response);
    }
}
