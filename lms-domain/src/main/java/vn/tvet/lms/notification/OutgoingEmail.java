package vn.tvet.lms.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An e-mail waiting in the outbox or sent: to whom, what kind with which values, and the delivery attempts. Failed
 * sends are tried again later, each time after a longer wait, up to {@link #MAX_ATTEMPTS}.
 */
@Entity
@Table(name = "outgoing_email")
public class OutgoingEmail {

    static final int MAX_ATTEMPTS = 8;
    /** Where an e-mail that failed every attempt waits: never again (the error stays for the admin). */
    static final Instant GIVEN_UP = Instant.parse("9999-12-31T00:00:00Z");

    @Id
    private Long id;

    @Column(name = "to_address", nullable = false, length = 320)
    private String toAddress;

    @Column(name = "to_name", length = 300)
    private String toName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NotificationKind kind;

    @Column(nullable = false, columnDefinition = "text")
    private String params;

    @Column(length = 1000)
    private String link;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected OutgoingEmail() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public String getToAddress() {
        return toAddress;
    }

    public String getToName() {
        return toName;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public List<String> parameters() {
        return NoticeParameters.read(params);
    }

    public String getLink() {
        return link;
    }

    public int getAttempts() {
        return attempts;
    }

    void lease(Instant until) {
        nextAttemptAt = until;
    }

    void sent(Instant at) {
        sentAt = at;
        lastError = null;
        if (kind == NotificationKind.PASSWORD_RESET) {
            // the link holds a secret: once delivered, the outbox need not keep it
            link = null;
        }
    }

    void failed(String error, Instant at) {
        attempts++;
        lastError = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        nextAttemptAt = attempts >= MAX_ATTEMPTS ? GIVEN_UP : at.plus(Duration.ofMinutes(1L << Math.min(attempts, 10)));
    }
}
