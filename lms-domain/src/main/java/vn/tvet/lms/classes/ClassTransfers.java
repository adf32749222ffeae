package vn.tvet.lms.classes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.account.Viewer;

/**
 * Moving one learner to another class of the same module: the per-learner way to a newer version (all of a class's
 * learners study its version, so a learner moves to a class opened on the newer one), or simply to another group.
 * The learner leaves the first class (their record there stays) and brings what they completed: the new enrolment
 * names the one they left. Both classes must be run by the person moving them.
 */
@ApplicationScoped
public class ClassTransfers {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private ClassTeaching teaching;
    private Classes classes;
    private ClassPlacement placement;
    private People people;
    private Clock clock;

    ClassTransfers() {
        // for the CDI proxy
    }

    @Inject
    ClassTransfers(ClassTeaching teaching, Classes classes, ClassPlacement placement, People people, Clock clock) {
        this.teaching = teaching;
        this.classes = classes;
        this.placement = placement;
        this.people = people;
        this.clock = clock;
    }

    /** The classes a learner of this class could be moved to: the module's others that the person runs, not ended. */
    @Transactional
    public List<SchoolClass> destinations(Viewer actor, long schoolId, long classId) {
        SchoolClass from = teaching.managed(actor, schoolId, classId);
        return classes.otherClassesOf(schoolId, from.getModule().getId(), classId, LocalDate.now(clock.withZone(VIETNAM)))
                .stream().filter(to -> teaching.mayManage(actor, schoolId, to.getId())).toList();
    }

    /** Moves the learner; they are told of their new class. Returns the class they are in now. */
    @Transactional
    public SchoolClass move(Viewer actor, long schoolId, long fromClassId, long learnerId, long toClassId) {
        SchoolClass from = teaching.managed(actor, schoolId, fromClassId);
        SchoolClass to = teaching.managed(actor, schoolId, toClassId);
        if (to == from || !to.getModule().getId().equals(from.getModule().getId())) {
            throw new ClassRuleException(ClassRuleException.Reason.OTHER_MODULE, "class " + toClassId);
        }
        if (to.hasEnded(LocalDate.now(clock.withZone(VIETNAM)))) {
            throw new ClassRuleException(ClassRuleException.Reason.CLASS_ENDED, to.getCode());
        }
        ClassEnrolment leaving = classes.activeEnrolment(fromClassId, learnerId)
                .orElseThrow(() -> new ClassNotFoundException(fromClassId));
        Person by = people.get(actor.personId());
        placement.withdraw(from, learnerId, by);
        placement.place(to, leaving.getLearner(), by);
        classes.activeEnrolment(toClassId, learnerId).orElseThrow().carryFrom(leaving);
        return to;
    }
}
