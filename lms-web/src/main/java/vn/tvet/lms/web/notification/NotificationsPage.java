package vn.tvet.lms.web.notification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.tvet.lms.notification.Notification;
import vn.tvet.lms.notification.NotificationKind;
import vn.tvet.lms.notification.Notifications;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.Texts;

/** A person's notifications, newest first, and which kinds they also get by e-mail. */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    Notifications notifications;

    @Inject
    Texts texts;

    private final Lazy list = new Lazy();
    private transient Set<NotificationKind> emailsOff;

    public void markAllRead() {
        int read = notifications.markAllRead(currentUser.viewer());
        texts.info("notifications.markedRead", read);
    }

    public String line(Notification notification) {
        return NoticeTexts.line(texts.locale(), notification.getKind(), notification.parameters());
    }

    /** The kinds a person may turn e-mail off for. */
    public List<NotificationKind> getKinds() {
        return Arrays.stream(NotificationKind.values()).filter(NotificationKind::optional).toList();
    }

    public boolean emailOn(NotificationKind kind) {
        if (emailsOff == null) {
            emailsOff = notifications.emailsOff(currentUser.viewer());
        }
        return !emailsOff.contains(kind);
    }

    public void toggleEmail(NotificationKind kind) {
        boolean on = !emailOn(kind);
        notifications.emailOn(currentUser.viewer(), kind, on);
        emailsOff = null;
        texts.info(on ? "notifications.emailOn" : "notifications.emailOff", texts.get("notifications.name." + kind));
    }

    public Lazy getList() {
        return list;
    }

    /** The notifications page by page. */
    public final class Lazy extends LazyDataModel<Notification> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) notifications.count(currentUser.viewer());
        }

        @Override
        public List<Notification> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            setRowCount(count(filterBy));
            return notifications.mine(currentUser.viewer(), first, pageSize);
        }

        @Override
        public String getRowKey(Notification notification) {
            return String.valueOf(notification.getId());
        }
    }
}
