package vn.tvet.lms.cmi5;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import vn.tvet.lms.account.People;
import vn.tvet.lms.xapi.DocumentPlace;
import vn.tvet.lms.xapi.LaunchSessions;
import vn.tvet.lms.xapi.LrsForbiddenException;
import vn.tvet.lms.xapi.XapiDocumentKind;

/**
 * The LRS's view of cmi5 sessions: each statement an AU sends is checked against {@link Cmi5Rules} with the session
 * and its registration as they are, noted, and followed by the LMS's "satisfied" when it meets a moveOn; the session's
 * credentials stop working when it ends; the LMS's launch data and the learner's preferences are not the AU's to change.
 */
@ApplicationScoped
public class Cmi5Sessions implements LaunchSessions {

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    @Inject
    Cmi5Courses courses;

    @Inject
    People people;

    @Inject
    Clock clock;

    @Override
    public void accept(long session, JsonObject statement) {
        Cmi5Session current = em.find(Cmi5Session.class, session, LockModeType.PESSIMISTIC_WRITE);
        if (current == null || !current.isOpenAt(clock.instant())) {
            throw new LrsForbiddenException("send statements in a session that is over (cmi5 9.3.6, 9.3.8)");
        }
        Set<String> registration = new HashSet<>();
        em.createQuery("select s from Cmi5Session s where s.registration = :r and s.activityId = :a and s.id <> :id",
                        Cmi5Session.class)
                .setParameter("r", current.getRegistration()).setParameter("a", current.getActivityId())
                .setParameter("id", current.getId()).getResultList().forEach(other -> registration.addAll(other.verbs()));
        registration.addAll(current.verbs());
        String verb = Cmi5Rules.check(new Cmi5Rules.Facts(current.getSessionId().toString(), current.getActivityId(),
                current.getAuId(), current.getLaunchMode(), current.getMasteryScore(), current.verbs(), registration),
                statement);
        current.noted(verb, clock.instant());
        if ("terminated".equals(verb)) {
            current.end(Cmi5Session.Ended.TERMINATED);
        }
    }

    @Override
    public void stored(long session, JsonObject statement) {
        Cmi5Session current = em.find(Cmi5Session.class, session);
        String verb = Cmi5Rules.AU_VERBS.get(statement.getJsonObject("verb").getString("id"));
        boolean defined = current != null && current.verbs().contains(verb)
                && ("completed".equals(verb) || "passed".equals(verb));
        if (defined) {
            courses.settle(current, current.learner(), people.get(current.getPersonId()).getUsername(),
                    current.getSessionId());
        }
    }

    @Override
    public boolean open(long session) {
        Cmi5Session current = em.find(Cmi5Session.class, session);
        return current != null && current.isOpenAt(clock.instant());
    }

    @Override
    public boolean mayWrite(long session, DocumentPlace place, String documentId) {
        if (place.kind() == XapiDocumentKind.STATE) {
            return documentId != null && !Cmi5Launches.LAUNCH_DATA.equals(documentId);
        }
        return place.kind() != XapiDocumentKind.AGENT_PROFILE || !Cmi5Launches.PREFERENCES.equals(documentId);
    }
}
