package vn.tvet.lms.web.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tvet.lms.notification.Notifications;
import vn.tvet.lms.web.account.CurrentUser;

/** How many notifications the signed-in person has not read, for the header (read once per request). */
@Named
@RequestScoped
public class UnreadNotifications {

    @Inject
    CurrentUser currentUser;

    @Inject
    Notifications notifications;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = currentUser.isSignedIn() ? notifications.unread(currentUser.viewer()) : 0;
        }
        return count;
    }
}
