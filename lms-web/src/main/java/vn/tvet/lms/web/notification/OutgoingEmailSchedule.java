package vn.tvet.lms.web.notification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.lang.System.Logger.Level;
import java.util.Locale;
import vn.tvet.lms.learning.PublicAddress;
import vn.tvet.lms.notification.NotificationKind;
import vn.tvet.lms.notification.Notifications;
import vn.tvet.lms.notification.OutgoingEmail;
import vn.tvet.lms.web.platform.Texts;

/**
 * Every 10 seconds sends what waits in the e-mail outbox, in Vietnamese with the link to the page; a refusal is
 * tried again later (the outbox waits longer after each), so a mail server that is away loses nothing.
 */
@Singleton
public class OutgoingEmailSchedule {

    private static final System.Logger LOG = System.getLogger(OutgoingEmailSchedule.class.getName());
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final int BATCH = 50;

    @Inject
    Notifications notifications;

    @Inject
    MailSender mail;

    @Inject
    PublicAddress home;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void deliver() {
        if (!mail.enabled()) {
            return;
        }
        for (OutgoingEmail email : notifications.due(BATCH)) {
            try {
                mail.send(email.getToAddress(), email.getToName(), subject(email), body(email));
                notifications.sent(email.getId());
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.WARNING, "E-mail {0} not sent (attempt {1}): {2}", email.getId(), email.getAttempts() + 1,
                        e.toString());
                notifications.failed(email.getId(), e.toString());
            }
        }
    }

    private static String subject(OutgoingEmail email) {
        return "[TVET LMS] " + Texts.in(VIETNAMESE, "notifications.subject." + email.getKind());
    }

    private String body(OutgoingEmail email) {
        StringBuilder body = new StringBuilder();
        body.append(Texts.in(VIETNAMESE, "notifications.greeting", email.getToName() == null ? "" : email.getToName()))
                .append("\n\n").append(NoticeTexts.line(VIETNAMESE, email.getKind(), email.parameters())).append("\n");
        if (email.getLink() != null) {
            body.append("\n").append(home.url()).append(email.getLink()).append("\n");
        }
        body.append("\n").append(Texts.in(VIETNAMESE, email.getKind() == NotificationKind.PASSWORD_RESET
                ? "notifications.footerReset" : "notifications.footer")).append("\n");
        return body.toString();
    }
}
