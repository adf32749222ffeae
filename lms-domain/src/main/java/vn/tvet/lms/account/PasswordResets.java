package vn.tvet.lms.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.tvet.lms.notification.NotificationKind;
import vn.tvet.lms.notification.Notifications;

/**
 * "Forgot password": a link with a random token goes by e-mail to the account's address; the token works once,
 * for {@link #VALID_FOR}, and only its SHA-256 is stored. Asking never tells whether an account exists (the page
 * answers the same either way), and a person gets at most {@link #MAX_PER_HOUR} links an hour.
 */
@ApplicationScoped
public class PasswordResets {

    public static final Duration VALID_FOR = Duration.ofMinutes(30);
    static final int MAX_PER_HOUR = 3;
    private static final System.Logger LOG = System.getLogger(PasswordResets.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    private People people;
    private PasswordHasher hasher;
    private Notifications notifications;
    private Clock clock;

    PasswordResets() {
        // for the CDI proxy
    }

    @Inject
    public PasswordResets(People people, PasswordHasher hasher, Notifications notifications, Clock clock) {
        this.people = people;
        this.hasher = hasher;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Sends a reset link to the account named by its username or e-mail address, if there is one that can sign in. */
    @Transactional
    public void request(String usernameOrEmail) {
        if (usernameOrEmail == null || usernameOrEmail.isBlank() || usernameOrEmail.length() > 320) {
            return;
        }
        String typed = usernameOrEmail.strip().toLowerCase(Locale.ROOT);
        Optional<Person> found = people.findByUsername(typed).or(() -> people.findByEmail(typed));
        if (found.isEmpty() || !found.get().isEnabled() || found.get().getEmail() == null || found.get().getEmail().isBlank()) {
            LOG.log(Level.INFO, "Password reset asked for an unknown or unreachable account");
            return;
        }
        Person person = found.get();
        Instant now = clock.instant();
        long recent = ((Number) em.createNativeQuery("select count(*) from password_reset where person_id = ?1"
                + " and created_at > ?2").setParameter(1, person.getId()).setParameter(2, Timestamp.from(now.minus(
                        Duration.ofHours(1)))).getSingleResult()).longValue();
        if (recent >= MAX_PER_HOUR) {
            LOG.log(Level.WARNING, "Password reset for person {0} refused: {1} links in the last hour", person.getId(), recent);
            return;
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.createNativeQuery("insert into password_reset (token_hash, person_id, created_at, expires_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, hash(token)).setParameter(2, person.getId()).setParameter(3, Timestamp.from(now))
                .setParameter(4, Timestamp.from(now.plus(VALID_FOR))).executeUpdate();
        notifications.email(person, NotificationKind.PASSWORD_RESET, "/password-reset.xhtml?token=" + token,
                List.of(person.getFullName(), person.getUsername(), String.valueOf(VALID_FOR.toMinutes())));
        LOG.log(Level.INFO, "Password reset link sent to person {0}", person.getId());
    }

    /** Whether the token may still set a password (for the page, before it asks for one). */
    @Transactional
    public boolean valid(String token) {
        return personOf(token).isPresent();
    }

    /**
     * Sets the new password with the token, which then stops working (and so do the person's other links);
     * refused with {@link InvalidResetTokenException} for a token unknown, used or expired.
     */
    @Transactional
    public void reset(String token, String newPassword) {
        long personId = personOf(token).orElseThrow(InvalidResetTokenException::new);
        PasswordPolicy.require(newPassword);
        Person person = people.get(personId);
        Instant now = clock.instant();
        person.setPassword(hasher.hash(newPassword), false, now);
        em.createNativeQuery("update password_reset set used_at = ?1 where person_id = ?2 and used_at is null")
                .setParameter(1, Timestamp.from(now)).setParameter(2, personId).executeUpdate();
        LOG.log(Level.INFO, "Password of person {0} set with a reset link", personId);
    }

    private Optional<Long> personOf(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNativeQuery("select person_id from password_reset where token_hash = ?1 and used_at is null"
                        + " and expires_at > ?2", Long.class)
                .setParameter(1, hash(token.strip())).setParameter(2, Timestamp.from(clock.instant())).getResultStream()
                .findFirst().map(id -> ((Number) id).longValue());
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A reset link that is unknown, used already or expired. */
    public static class InvalidResetTokenException extends RuntimeException {

        public InvalidResetTokenException() {
            super("Password reset link unknown, used or expired");
        }
    }
}
