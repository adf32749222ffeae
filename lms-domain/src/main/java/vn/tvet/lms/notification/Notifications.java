package vn.tvet.lms.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.account.Viewer;

/**
 * Tells people what happened to them: a notification in the app and, unless they turned the kind off or have no
 * address, an e-mail in the outbox, both in the caller's transaction. A notification with a key already used
 * (the same event reported twice, a retried request) adds nothing. Each person reads and manages only their own.
 */
@ApplicationScoped
public class Notifications {

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    private People people;
    private Clock clock;

    protected Notifications() {
        // for the CDI proxy (and fakes in unit tests)
    }

    @Inject
    public Notifications(People people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    /**
     * Notifies the person; {@code key} names the event so it is told once (null: every call is a new event).
     * {@code link} is a path in the application. Returns whether anything new was written.
     */
    @Transactional
    public boolean notify(long personId, NotificationKind kind, String key, String link, List<String> params) {
        String values = NoticeParameters.write(params);
        int added = em.createNativeQuery("insert into notification (person_id, kind, params, link, dedupe_key, created_at)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (dedupe_key) do nothing")
                .setParameter(1, personId).setParameter(2, kind.name()).setParameter(3, values).setParameter(4, link)
                .setParameter(5, key).setParameter(6, Timestamp.from(clock.instant())).executeUpdate();
        if (added == 0) {
            return false;
        }
        Person person = people.get(personId);
        if (person.getEmail() != null && !person.getEmail().isBlank() && person.isEnabled() && !optedOut(personId, kind)) {
            queueEmail(person, kind, link, values);
        }
        return true;
    }

    /** Puts an e-mail in the outbox whatever the person's choices (for what they asked for themselves). */
    @Transactional
    public void email(Person person, NotificationKind kind, String link, List<String> params) {
        queueEmail(person, kind, link, NoticeParameters.write(params));
    }

    private void queueEmail(Person person, NotificationKind kind, String link, String values) {
        em.createNativeQuery("insert into outgoing_email (person_id, to_address, to_name, kind, params, link, created_at,"
                        + " attempts, next_attempt_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, ?7)")
                .setParameter(1, person.getId()).setParameter(2, person.getEmail()).setParameter(3, person.getFullName())
                .setParameter(4, kind.name()).setParameter(5, values).setParameter(6, link)
                .setParameter(7, Timestamp.from(clock.instant())).executeUpdate();
    }

    /** The person's notifications, newest first. */
    @Transactional
    public List<Notification> mine(Viewer viewer, int offset, int limit) {
        if (!viewer.signedIn()) {
            return List.of();
        }
        return em.createQuery("select n from Notification n where n.personId = :p order by n.createdAt desc, n.id desc",
                        Notification.class).setParameter("p", viewer.personId()).setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(1, Math.min(limit, 200))).getResultList();
    }

    @Transactional
    public long count(Viewer viewer) {
        return !viewer.signedIn() ? 0 : em.createQuery("select count(n) from Notification n where n.personId = :p", Long.class)
                .setParameter("p", viewer.personId()).getSingleResult();
    }

    @Transactional
    public long unread(Viewer viewer) {
        return !viewer.signedIn() ? 0 : em.createQuery("select count(n) from Notification n where n.personId = :p"
                + " and n.readAt is null", Long.class).setParameter("p", viewer.personId()).getSingleResult();
    }

    @Transactional
    public int markAllRead(Viewer viewer) {
        return !viewer.signedIn() ? 0 : em.createQuery("update Notification n set n.readAt = :now where n.personId = :p"
                + " and n.readAt is null").setParameter("now", clock.instant()).setParameter("p", viewer.personId())
                .executeUpdate();
    }

    /** The kinds whose e-mail the person turned off. */
    @Transactional
    public Set<NotificationKind> emailsOff(Viewer viewer) {
        Set<NotificationKind> off = EnumSet.noneOf(NotificationKind.class);
        if (viewer.signedIn()) {
            em.createNativeQuery("select kind from email_optout where person_id = ?1", String.class)
                    .setParameter(1, viewer.personId()).getResultStream()
                    .forEach(kind -> off.add(NotificationKind.valueOf((String) kind)));
        }
        return off;
    }

    /** Turns e-mail of one kind on or off for the person. */
    @Transactional
    public void emailOn(Viewer viewer, NotificationKind kind, boolean on) {
        if (!viewer.signedIn() || !kind.optional()) {
            return;
        }
        if (on) {
            em.createNativeQuery("delete from email_optout where person_id = ?1 and kind = ?2")
                    .setParameter(1, viewer.personId()).setParameter(2, kind.name()).executeUpdate();
        } else {
            em.createNativeQuery("insert into email_optout (person_id, kind) values (?1, ?2) on conflict do nothing")
                    .setParameter(1, viewer.personId()).setParameter(2, kind.name()).executeUpdate();
        }
    }

    private boolean optedOut(long personId, NotificationKind kind) {
        return !em.createNativeQuery("select 1 from email_optout where person_id = ?1 and kind = ?2")
                .setParameter(1, personId).setParameter(2, kind.name()).getResultList().isEmpty();
    }

    // --- the outbox, for the delivery worker ------------------------------------------------------

    /**
     * E-mails due for a (first or next) attempt, oldest first, each leased for a few minutes so another worker
     * leaves it alone while this one sends (a worker killed mid-send leaves it to be tried again after the lease).
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<OutgoingEmail> due(int limit) {
        List<OutgoingEmail> due = em.createNativeQuery("select * from outgoing_email where sent_at is null"
                        + " and next_attempt_at <= ?1 order by id limit ?2 for update skip locked", OutgoingEmail.class)
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, limit).getResultList();
        due.forEach(email -> email.lease(clock.instant().plus(java.time.Duration.ofMinutes(5))));
        return due;
    }

    @Transactional
    public void sent(long emailId) {
        OutgoingEmail email = em.find(OutgoingEmail.class, emailId);
        if (email != null) {
            email.sent(clock.instant());
        }
    }

    @Transactional
    public void failed(long emailId, String error) {
        OutgoingEmail email = em.find(OutgoingEmail.class, emailId);
        if (email != null) {
            email.failed(error, clock.instant());
        }
    }
}
