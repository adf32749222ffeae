package vn.tvet.lms.web.notification;

import java.util.List;
import java.util.Locale;
import vn.tvet.lms.notification.NotificationKind;
import vn.tvet.lms.web.platform.Texts;

/**
 * A notification's words in a language: its kind's text filled with its values, where a value starting with "#"
 * is itself a text key (an outcome such as "achieved", worded in the reader's language).
 */
public final class NoticeTexts {

    private NoticeTexts() {
    }

    public static String line(Locale locale, NotificationKind kind, List<String> params) {
        Object[] values = params.stream().map(v -> v.startsWith("#") ? Texts.in(locale, v.substring(1)) : v).toArray();
        return Texts.in(locale, "notifications.kind." + kind, values);
    }
}
