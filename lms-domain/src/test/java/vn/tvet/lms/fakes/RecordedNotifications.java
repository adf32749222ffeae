package vn.tvet.lms.fakes;

import java.util.ArrayList;
import java.util.List;
import vn.tvet.lms.notification.NotificationKind;
import vn.tvet.lms.notification.Notifications;

/** Notifications kept in a list instead of the database, for use cases tested without one. */
public final class RecordedNotifications extends Notifications {

    public final List<NotificationKind> sent = new ArrayList<>();

    @Override
    public boolean notify(long personId, NotificationKind kind, String key, String link, List<String> params) {
        sent.add(kind);
        return true;
    }
}
