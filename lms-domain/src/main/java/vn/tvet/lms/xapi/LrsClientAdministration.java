package vn.tvet.lms.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Rights;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.institution.Institutions;

/**
 * The LRS clients of a school: its admins create them (the secret is shown once), list and revoke them; the LRS
 * authenticates HTTP Basic credentials against them. Another school's client is not found (404).
 */
@ApplicationScoped
public class LrsClientAdministration {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    private Rights rights;
    private Institutions institutions;
    private People people;
    private Clock clock;

    LrsClientAdministration() {
        // for the CDI proxy
    }

    @Inject
    public LrsClientAdministration(Rights rights, Institutions institutions, People people, Clock clock) {
        this.rights = rights;
        this.institutions = institutions;
        this.people = people;
        this.clock = clock;
    }

    /** A new client; the returned secret is the only time anyone sees it. */
    @Transactional
    public IssuedClient create(@NotNull Viewer actor, long schoolId, @NotBlank @Size(max = LrsClient.MAX_NAME) String name,
            boolean mayRead, boolean mayWrite) {
        rights.requireSchoolAdmin(actor, schoolId, "create an LRS client");
        String typed = name.strip();
        if (!(mayRead || mayWrite)) {
            // the page asks for a permission first; a caller that skips it is refused like any forbidden request
            throw new LrsForbiddenException("be created without reading or writing");
        }
        String key = random(15);
        String secret = random(32);
        LrsClient client = new LrsClient(institutions.get(schoolId), typed, key, hash(secret), mayRead, mayWrite,
                people.get(actor.personId()), clock.instant());
        em.persist(client);
        return new IssuedClient(client, key, secret);
    }

    @Transactional
    public List<LrsClient> clients(Viewer actor, long schoolId) {
        rights.requireSchoolAdmin(actor, schoolId, "list LRS clients");
        return em.createQuery("select c from LrsClient c where c.school.id = :school order by c.createdAt desc, c.id desc",
                LrsClient.class).setParameter("school", schoolId).getResultList();
    }

    /** Revokes the client: its credentials stop working at once. False if it was revoked already. */
    @Transactional
    public boolean revoke(Viewer actor, long schoolId, long clientId) {
        rights.requireSchoolAdmin(actor, schoolId, "revoke an LRS client");
        LrsClient client = em.createQuery("select c from LrsClient c where c.id = :id and c.school.id = :school",
                LrsClient.class).setParameter("id", clientId).setParameter("school", schoolId).getResultStream().findFirst()
                .orElseThrow(() -> new LrsClientNotFoundException(clientId));
        return client.revoke(clock.instant());
    }

    /** The caller these Basic credentials name, if the client exists, is active and the secret matches. */
    @Transactional
    public Optional<LrsCaller> authenticate(String apiKey, String secret) {
        if (apiKey == null || secret == null) {
            return Optional.empty();
        }
        return em.createQuery("select c from LrsClient c join fetch c.school where c.apiKey = :key", LrsClient.class)
                .setParameter("key", apiKey).getResultStream().findFirst()
                .filter(LrsClient::isActive)
                .filter(client -> MessageDigest.isEqual(client.getSecretHash().getBytes(StandardCharsets.US_ASCII),
                        hash(secret).getBytes(StandardCharsets.US_ASCII)))
                .map(client -> new LrsCaller(client.getId(), client.getSchool().getId(), client.getName(),
                        client.getApiKey(), client.isMayRead(), client.isMayWrite()));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** URL-safe random text of {@code bytes} random bytes. */
    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    /** A client just created, with its key and the secret shown this once. */
    public record IssuedClient(LrsClient client, String apiKey, String secret) {
    }
}
