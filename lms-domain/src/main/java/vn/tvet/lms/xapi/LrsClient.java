package vn.tvet.lms.xapi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.institution.Institution;

/**
 * A system allowed to use a school's LRS with HTTP Basic credentials: it reads and/or writes statements about that
 * school's learners only. Revoking keeps the row, so statements it wrote still name a known authority.
 */
@Entity
@Table(name = "lrs_client")
public class LrsClient {

    static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false, updatable = false)
    private Institution school;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "api_key", nullable = false, length = 40, updatable = false, unique = true)
    private String apiKey;

    @Column(name = "secret_hash", nullable = false, length = 64, updatable = false)
    private String secretHash;

    @Column(name = "may_read", nullable = false)
    private boolean mayRead;

    @Column(name = "may_write", nullable = false)
    private boolean mayWrite;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", nullable = false, updatable = false)
    private Person createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected LrsClient() {
        // for JPA
    }

    LrsClient(Institution school, String name, String apiKey, String secretHash, boolean mayRead, boolean mayWrite,
            Person createdBy, Instant now) {
        this.school = school;
        this.name = name;
        this.apiKey = apiKey;
        this.secretHash = secretHash;
        this.mayRead = mayRead;
        this.mayWrite = mayWrite;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    boolean revoke(Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now;
        return true;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    String getSecretHash() {
        return secretHash;
    }

    public Long getId() {
        return id;
    }

    public Institution getSchool() {
        return school;
    }

    public String getName() {
        return name;
    }

    public String getApiKey() {
        return apiKey;
    }

    public boolean isMayRead() {
        return mayRead;
    }

    public boolean isMayWrite() {
        return mayWrite;
    }

    public Person getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
