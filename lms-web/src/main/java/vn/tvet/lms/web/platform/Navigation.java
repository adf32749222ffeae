package vn.tvet.lms.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

/** Re-renders the whole page after the language or the current school changes. */
@Named
@RequestScoped
public class Navigation {

    public void reload() {
        // A full reload of the same URL keeps its query (e.g. ?id=) and redraws every text in the new setting.
        PrimeFaces.current().executeScript("window.location.reload()");
    }
}
