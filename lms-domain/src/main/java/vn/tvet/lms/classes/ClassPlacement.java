package vn.tvet.lms.classes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.courseware.CourseModules;
import vn.tvet.lms.notification.NotificationKind;
import vn.tvet.lms.notification.Notifications;

/**
 * Puts a learner into a module class and takes them out, for whichever use case has checked the right to: the
 * class's own enrolment, joining by key, and programme classes enrolling in every module class at once.
 */
@ApplicationScoped
class ClassPlacement {

    private Classes classes;
    private CourseModules modules;
    private Notifications notifications;
    private Clock clock;

    ClassPlacement() {
        // for the CDI proxy
    }

    @Inject
    ClassPlacement(Classes classes, CourseModules modules, Notifications notifications, Clock clock) {
        this.classes = classes;
        this.modules = modules;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Enrols the learner (someone who had left comes back with their record) and tells them; false if they were
     * in the class already. {@code by} is null when they joined with the key.
     */
    boolean place(SchoolClass schoolClass, Person learner, Person by) {
        Instant now = clock.instant();
        boolean joined = classes.enrolment(schoolClass.getId(), learner.getId())
                .map(enrolment -> enrolment.rejoin(by, now))
                .orElseGet(() -> {
                    classes.add(new ClassEnrolment(schoolClass, learner, by, now));
                    return true;
                });
        modules.pinLearner(schoolClass.getVersion(), learner, now);
        if (joined) {
            notifications.notify(learner.getId(), NotificationKind.ENROLLED, null,
                    "/learning/class.xhtml?id=" + schoolClass.getId(), List.of(schoolClass.getName(),
                            schoolClass.getModule().getTitle()));
        }
        return joined;
    }

    /** Withdraws the learner, keeping their enrolment and record; false if they were not in the class. */
    boolean withdraw(SchoolClass schoolClass, long personId, Person by) {
        return classes.enrolment(schoolClass.getId(), personId).map(enrolment -> enrolment.withdraw(by, clock.instant()))
                .orElse(false);
    }
}
