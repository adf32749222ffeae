package vn.tvet.lms.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tvet.lms.classes.SchoolClass;
import vn.tvet.lms.learning.ClassLearning;
import vn.tvet.lms.learning.LessonStep;
import vn.tvet.lms.learning.Verb;

/**
 * Reminds learners of activities due within the next days that they have not completed, once per activity and due
 * date (a changed due date reminds again). For the server's schedule.
 */
@ApplicationScoped
public class DueDateReminders {

    /** How many days ahead a due date is "soon". */
    public static final int DAYS_AHEAD = 2;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    private Notifications notifications;

    DueDateReminders() {
        // for the CDI proxy
    }

    @Inject
    public DueDateReminders(Notifications notifications) {
        this.notifications = notifications;
    }

    /** Sends the reminders due on {@code today}; returns how many were new. */
    @Transactional
    public int remind(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("select e.person_id, cast(e.registration as varchar), s.class_id,"
                        + " s.activity_id, s.due_on from class_activity_setting s"
                        + " join school_class c on c.id = s.class_id"
                        + " join class_enrolment e on e.class_id = s.class_id and e.withdrawn_at is null"
                        + " where s.due_on between ?1 and ?2 and c.ends_on >= ?1"
                        + " and not exists (select 1 from learning_statement st where st.registration = e.registration"
                        + " and st.activity_id = s.activity_id and st.verb_id in (?3, ?4) and st.voided = false)")
                .setParameter(1, Date.valueOf(today)).setParameter(2, Date.valueOf(today.plusDays(DAYS_AHEAD)))
                .setParameter(3, Verb.COMPLETED.iri()).setParameter(4, Verb.PASSED.iri()).getResultList();
        Map<Long, SchoolClass> classes = new HashMap<>();
        Map<Long, Map<String, LessonStep>> steps = new HashMap<>();
        int sent = 0;
        for (Object[] row : due) {
            long classId = ((Number) row[2]).longValue();
            SchoolClass schoolClass = classes.computeIfAbsent(classId, id -> em.find(SchoolClass.class, id));
            LessonStep step = steps.computeIfAbsent(classId, id -> byActivity(schoolClass)).get((String) row[3]);
            if (step == null) {
                continue;
            }
            LocalDate dueOn = ((Date) row[4]).toLocalDate();
            boolean added = notifications.notify(((Number) row[0]).longValue(), NotificationKind.DUE_SOON,
                    "due:" + row[1] + ":" + row[3] + ":" + dueOn, "/learning/class.xhtml?id=" + classId + "&step=" + step.index(),
                    List.of(step.content().title(), schoolClass.getName(), DAY.format(dueOn)));
            sent += added ? 1 : 0;
        }
        return sent;
    }

    private static Map<String, LessonStep> byActivity(SchoolClass schoolClass) {
        Map<String, LessonStep> byActivity = new HashMap<>();
        ClassLearning.steps(schoolClass, Set.of()).forEach(step -> byActivity.put(step.activityId(), step));
        return byActivity;
    }
}
