package vn.tvet.lms.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import vn.tvet.lms.account.Viewer;

/**
 * Who is making this request, without starting a session for anonymous readers: search, file downloads and
 * public pages ask here, and only a request that already has a session looks at {@link CurrentUser} (a
 * session-scoped bean, which would otherwise create an HTTP session for every anonymous request).
 */
@Named
@RequestScoped
public class Visitor {

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentUser currentUser;

    public boolean isSignedIn() {
        return request.getSession(false) != null && currentUser.isSignedIn();
    }

    public Viewer viewer() {
        return isSignedIn() ? currentUser.viewer() : Viewer.ANONYMOUS;
    }
}
