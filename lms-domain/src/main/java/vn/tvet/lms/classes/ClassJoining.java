package vn.tvet.lms.classes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import vn.tvet.lms.account.AccessRefusedException;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.account.Viewer;

/**
 * A learner of the school joins a class with the key its teacher gave: a module class, or a programme class and
 * with it every one of its module classes. Keys are unique in the school across both ({@link EnrolmentKeys}).
 */
@ApplicationScoped
public class ClassJoining {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Classes classes;
    private ProgrammeClasses cohorts;
    private ProgrammeClassTeaching programmeTeaching;
    private ClassPlacement placement;
    private People people;
    private Clock clock;

    ClassJoining() {
        // for the CDI proxy
    }

    @Inject
    ClassJoining(Classes classes, ProgrammeClasses cohorts, ProgrammeClassTeaching programmeTeaching,
            ClassPlacement placement, People people, Clock clock) {
        this.classes = classes;
        this.cohorts = cohorts;
        this.programmeTeaching = programmeTeaching;
        this.placement = placement;
        this.people = people;
        this.clock = clock;
    }

    /** Joins the class whose key this is, while it has not ended; says which class that was. */
    @Transactional
    public Joined join(Viewer actor, long schoolId, String key) {
        if (!actor.signedIn() || !people.rolesIn(schoolId, actor.personId()).contains(Role.STUDENT)) {
            throw new AccessRefusedException(actor.signedIn() ? actor.personId() : -1, "join a class");
        }
        String typed = key == null ? "" : key.strip().toUpperCase(Locale.ROOT);
        LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
        Person learner = people.get(actor.personId());
        SchoolClass moduleClass = typed.isEmpty() ? null : classes.byKey(schoolId, typed).orElse(null);
        if (moduleClass != null) {
            if (moduleClass.hasEnded(today)) {
                throw new ClassRuleException(ClassRuleException.Reason.CLASS_ENDED, moduleClass.getCode());
            }
            placement.place(moduleClass, learner, null);
            return new Joined(moduleClass.getName(), moduleClass.getId(), null);
        }
        ProgrammeClass cohort = typed.isEmpty() ? null : cohorts.byKey(schoolId, typed).orElse(null);
        if (cohort == null) {
            throw new ClassRuleException(ClassRuleException.Reason.UNKNOWN_KEY, typed);
        }
        if (cohort.hasEnded(today)) {
            throw new ClassRuleException(ClassRuleException.Reason.CLASS_ENDED, cohort.getCode());
        }
        programmeTeaching.admit(cohort, learner, learner, cohorts.moduleClasses(cohort.getId()));
        return new Joined(cohort.getName(), null, cohort.getId());
    }

    /** The class joined: a module class's id, or a programme class's. */
    public record Joined(String name, Long classId, Long programmeClassId) {
    }
}
