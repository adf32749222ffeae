package vn.tvet.lms.web.notification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.tvet.lms.notification.DueDateReminders;

/** Every hour reminds learners of what is due in the next days (each reminder once: running again adds nothing). */
@Singleton
public class DueDateSchedule {

    private static final System.Logger LOG = System.getLogger(DueDateSchedule.class.getName());

    @Inject
    DueDateReminders reminders;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "7", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void remind() {
        int sent = reminders.remind(LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh"))));
        if (sent > 0) {
            LOG.log(Level.INFO, "Reminded learners of {0} activities due soon", sent);
        }
    }
}
