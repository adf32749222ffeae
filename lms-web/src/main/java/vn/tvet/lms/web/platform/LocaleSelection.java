package vn.tvet.lms.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The UI language: Vietnamese unless the person picks English. Kept in a cookie rather than the session, so an
 * anonymous reader gets no HTTP session and the choice survives signing in and out.
 */
@Named
@RequestScoped
public class LocaleSelection {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final String COOKIE = "lms-lang";

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            Cookie[] cookies = request.getCookies();
            boolean english = cookies != null && Arrays.stream(cookies)
                    .anyMatch(cookie -> COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue()));
            locale = english ? Locale.ENGLISH : VIETNAMESE;
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public void setLanguage(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : VIETNAMESE;
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            ExternalContext external = faces.getExternalContext();
            external.addResponseCookie(COOKIE, locale.getLanguage(), Map.of("path",
                    external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath(),
                    "maxAge", 365 * 24 * 3600, "httpOnly", true, "SameSite", "Lax"));
            if (faces.getViewRoot() != null) {
                faces.getViewRoot().setLocale(locale);
            }
        }
    }
}
