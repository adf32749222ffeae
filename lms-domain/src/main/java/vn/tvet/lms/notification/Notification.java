package vn.tvet.lms.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One notification shown to a person in the app; written by {@link Notifications}, only read here. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NotificationKind kind;

    @Column(nullable = false, columnDefinition = "text")
    private String params;

    @Column(length = 1000)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public NotificationKind getKind() {
        return kind;
    }

    /** The values the kind's text is worded with. */
    public List<String> parameters() {
        return NoticeParameters.read(params);
    }

    /** Where the notification leads, a path in the application; null for none. */
    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
