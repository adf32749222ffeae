package vn.tvet.lms.web.account;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie's attributes, set once at start: {@code HttpOnly} (no script reads it), {@code SameSite=Lax}
 * (another site's forms and requests do not carry it) and {@code Secure} when the deployment is served over HTTPS
 * ({@code lms.http.secure-cookie}; off for the local run on plain HTTP).
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        cookie.setSecure(ConfigProvider.getConfig().getOptionalValue("lms.http.secure-cookie", Boolean.class).orElse(false));
    }
}
