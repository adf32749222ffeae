package vn.tvet.lms.web.quiz;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import vn.tvet.lms.quiz.QuizTaking;

/**
 * Every 15 seconds submits the quiz attempts whose time is up, as they stand, so a closed tab or a learner who
 * never comes back still gets a submitted attempt. (Opening or saving an overdue attempt submits it at once too.)
 */
@Singleton
public class OverdueAttemptSchedule {

    private static final System.Logger LOG = System.getLogger(OverdueAttemptSchedule.class.getName());
    private static final int BATCH = 200;

    @Inject
    QuizTaking quizzes;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void submitOverdue() {
        int submitted = quizzes.submitOverdue(BATCH);
        if (submitted > 0) {
            LOG.log(Level.INFO, "Submitted {0} quiz attempts whose time was up", submitted);
        }
    }
}
