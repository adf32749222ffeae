package vn.tvet.lms.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** UI text from the resource bundles in the session's language, and Faces messages built from it. */
@RequestScoped
public class Texts {

    public static final String BUNDLE = "vn.tvet.lms.web.messages";

    @Inject
    LocaleSelection localeSelection;

    public String get(String key, Object... arguments) {
        return in(localeSelection.getLocale(), key, arguments);
    }

    /** This request's language, for work that finishes where no request scope is active. */
    public Locale locale() {
        return localeSelection.getLocale();
    }

    /** A text in the given language, without any CDI scope (for an async request's second half). */
    public static String in(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing key is a bug, but showing the key beats failing the page.
            return "???" + key + "???";
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, key, arguments);
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, null, key, arguments);
    }

    /** Done, but not all of it: the reader should look at what was left out. */
    public void warn(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, null, key, arguments);
    }

    /** An error attached to one input, so the page shows it next to the field and screen readers announce it. */
    public void fieldError(String clientId, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, clientId, key, arguments);
    }

    private void add(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        String text = get(key, arguments);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(severity, text, text));
    }

    /** Carries this request's messages over the redirect an action is about to answer with. */
    public void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
