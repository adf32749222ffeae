package vn.tvet.lms.localservices;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * GreenMail on loopback: a real SMTP server the application sends its e-mail to, with IMAP to read it (any mail
 * client: the recipient's address as user, any password). Nothing leaves the machine.
 */
public final class LocalMailServer implements AutoCloseable {

    private final GreenMail server;
    private final int smtpPort;
    private final int imapPort;

    private LocalMailServer(int smtpPort, int imapPort) {
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        server = new GreenMail(new ServerSetup[] {new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        // Every recipient gets a mailbox; IMAP logs in with the address and any password (loopback only).
        server.withConfiguration(com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig()
                .withDisabledAuthentication());
    }

    /** Starts SMTP and IMAP on these ports (0 for free ones). */
    public static LocalMailServer start(int smtpPort, int imapPort) throws IOException {
        LocalMailServer mail = new LocalMailServer(smtpPort == 0 ? FreePorts.any() : smtpPort,
                imapPort == 0 ? FreePorts.any() : imapPort);
        try {
            mail.server.start();
        } catch (RuntimeException e) {
            throw new IOException("Cannot start the mail server on ports " + mail.smtpPort + "/" + mail.imapPort, e);
        }
        return mail;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    /** Every message received so far, as "To / Subject / body" text, oldest first. */
    public List<Mail> received() {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                mails.add(new Mail(message.getAllRecipients()[0].toString(), message.getSubject(),
                        com.icegreen.greenmail.util.GreenMailUtil.getBody(message).strip(), message.getContent().toString()));
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("Unreadable message in the local mail server", e);
            }
        }
        return mails;
    }

    /** A message as received: recipient, subject, the raw body, and the decoded text. */
    public record Mail(String to, String subject, String rawBody, String text) {
    }

    @Override
    public void close() {
        server.stop();
    }
}
