package vn.tvet.lms.web.account;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie's attributes, set once at start: {@code HttpOnly} (no script reads it) and {@code Secure}
 * when the deployment is served over HTTPS ({@code lms.http.secure-cookie}; off for the local run on plain HTTP).
 * {@code SameSite=Lax} comes from {@code payara-web.xml}: Payara does not apply this API's attributes to it.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(ConfigProvider.getConfig().getOptionalValue("lms.http.secure-cookie", Boolean.class).orElse(false));
    }
}
