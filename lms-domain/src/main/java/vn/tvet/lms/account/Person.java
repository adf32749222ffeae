package vn.tvet.lms.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A person with an account: a learner, a teacher, an administrator or an inspector. What they may do is
 * held in {@link RoleAssignment}s, one per role and institution, so one person can teach in two schools.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @NotBlank
    @Size(max = 200)
    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    /** The given name (tên, the last word), computed by the database so lists sort the Vietnamese way. */
    @Column(name = "given_name", length = 200, insertable = false, updatable = false)
    private String givenName;

    @Email
    @Size(max = 254)
    @Column(length = 254)
    private String email;

    @NotBlank
    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    /** Set when an admin issued a temporary password: the person must choose their own at next login. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    protected Person() {
        // for JPA
    }

    public Person(String username, String fullName, String email, String passwordHash, boolean temporaryPassword,
            Instant createdAt) {
        if (!Usernames.isValid(username)) {
            throw new InvalidUsernameException(username);
        }
        this.username = username;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        rename(fullName, email);
        setPassword(passwordHash, temporaryPassword, createdAt);
    }

    /** Names are stored in NFC so that "Nguyễn" typed on any keyboard matches in lists and search. */
    public void rename(String fullName, String email) {
        this.fullName = Normalizer.normalize(Objects.requireNonNull(fullName, "fullName").strip(), Normalizer.Form.NFC);
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public void setPassword(String passwordHash, boolean temporary, Instant when) {
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.mustChangePassword = temporary;
        // Kept at the database's precision, so a session's copy compares equal to what is read back later.
        this.passwordChangedAt = when.truncatedTo(ChronoUnit.MICROS);
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }
}
