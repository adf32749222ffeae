package vn.tvet.lms.web.scorm;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import vn.tvet.lms.cmi5.Cmi5Launches;
import vn.tvet.lms.scorm.ScormRuntime;
import vn.tvet.lms.xapi.LrsLaunches;

/**
 * Once an hour removes launch tokens (SCORM content origin, LRS launches) that expired more than a day ago; every five
 * minutes records cmi5 sessions left open past their credentials as abandoned.
 */
@Singleton
public class ExpiredLaunchesSchedule {

    private static final System.Logger LOG = System.getLogger(ExpiredLaunchesSchedule.class.getName());

    @Inject
    ScormRuntime scorm;

    @Inject
    LrsLaunches lrs;

    @Inject
    Cmi5Launches cmi5;

    @Schedule(hour = "*", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        int removed = scorm.sweepExpired() + lrs.sweepExpired();
        if (removed > 0) {
            LOG.log(Level.INFO, "Removed {0} expired launch tokens", removed);
        }
    }

    /** cmi5 sessions whose credentials ran out without "terminated" are abandoned (cmi5 9.3.6). */
    @Schedule(hour = "*", minute = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void abandonExpiredSessions() {
        int abandoned = cmi5.abandonExpired();
        if (abandoned > 0) {
            LOG.log(Level.INFO, "Recorded {0} abandoned cmi5 sessions", abandoned);
        }
    }
}
