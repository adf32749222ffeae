package vn.tvet.lms.web.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends e-mail through the SMTP server the settings name ({@code lms.mail.*}, see the README's configuration
 * table); without {@code lms.mail.host} e-mail is off and the outbox keeps waiting.
 */
@ApplicationScoped
public class MailSender {

    private Session session;
    private InternetAddress from;

    /** Whether an SMTP server is configured. */
    public synchronized boolean enabled() {
        return session() != null;
    }

    /** Sends a plain-text UTF-8 message; a refusal by the server or the network is thrown for the outbox to retry. */
    public void send(String toAddress, String toName, String subject, String body) throws MessagingException {
        Session mail = session();
        if (mail == null) {
            throw new MessagingException("e-mail is not configured (lms.mail.host)");
        }
        MimeMessage message = new MimeMessage(mail);
        message.setFrom(from);
        try {
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(toAddress, toName, StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 names", e);
        }
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        Transport.send(message);
    }

    private synchronized Session session() {
        if (session == null) {
            Config config = ConfigProvider.getConfig();
            Optional<String> host = config.getOptionalValue("lms.mail.host", String.class).filter(h -> !h.isBlank());
            if (host.isEmpty()) {
                return null;
            }
            Properties properties = new Properties();
            properties.put("mail.smtp.host", host.get());
            properties.put("mail.smtp.port", config.getOptionalValue("lms.mail.port", String.class).orElse("25"));
            properties.put("mail.smtp.connectiontimeout", "10000");
            properties.put("mail.smtp.timeout", "20000");
            properties.put("mail.smtp.starttls.enable", config.getOptionalValue("lms.mail.starttls", String.class).orElse("false"));
            Optional<String> user = config.getOptionalValue("lms.mail.username", String.class).filter(u -> !u.isBlank());
            String password = config.getOptionalValue("lms.mail.password", String.class).orElse("");
            properties.put("mail.smtp.auth", String.valueOf(user.isPresent()));
            session = Session.getInstance(properties, user.isEmpty() ? null : new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password);
                }
            });
            try {
                from = new InternetAddress(config.getOptionalValue("lms.mail.from", String.class)
                        .orElse("TVET LMS <no-reply@tvet-lms.local>"), true);
            } catch (MessagingException e) {
                throw new IllegalStateException("lms.mail.from is not an e-mail address", e);
            }
        }
        return session;
    }
}
