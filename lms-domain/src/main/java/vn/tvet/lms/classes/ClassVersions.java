package vn.tvet.lms.classes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.courseware.ActivityMatch;
import vn.tvet.lms.courseware.CourseModules;
import vn.tvet.lms.courseware.ModuleContent;
import vn.tvet.lms.courseware.ModuleVersion;

/**
 * Moving a class to a newer published version of its module, as modules move their learners: never by itself,
 * only when the class's teachers confirm a move they were shown first. Matched activities keep their settings and
 * completions ({@link ActivityMatch}); the learning record is not rewritten. A class waits while a learner is in the
 * middle of a quiz, whose questions belong to the version it was started in.
 */
@ApplicationScoped
public class ClassVersions {

    private static final Logger LOG = Logger.getLogger(ClassVersions.class.getName());

    private ClassTeaching teaching;
    private CourseModules modules;
    private Classes classes;

    ClassVersions() {
        // for the CDI proxy
    }

    @Inject
    ClassVersions(ClassTeaching teaching, CourseModules modules, Classes classes) {
        this.classes = classes;
        this.teaching = teaching;
        this.modules = modules;
    }

    /** What moving to the newest version would do; empty when the class is on it already. */
    @Transactional
    public Optional<Move> newerVersion(Viewer actor, long schoolId, long classId) {
        SchoolClass schoolClass = teaching.managed(actor, schoolId, classId);
        return modules.newestVersion(schoolClass.getModule())
                .filter(newest -> newest.getNumber() > schoolClass.getVersion().getNumber())
                .map(newest -> describe(schoolClass.getVersion(), newest));
    }

    /**
     * Moves the class to the version the teacher confirmed ({@code number}, newer than the class's and published);
     * every learner of the class studies it from now on.
     */
    @Transactional
    public Move move(Viewer actor, long schoolId, long classId, int number) {
        SchoolClass schoolClass = teaching.managed(actor, schoolId, classId);
        ModuleVersion newer = modules.version(schoolClass.getModule().getId(), number)
                .orElseThrow(() -> new ClassRuleException(ClassRuleException.Reason.NOT_NEWER, "version " + number));
        if (classes.openAttempts(classId) > 0) {
            throw new ClassRuleException(ClassRuleException.Reason.ATTEMPTS_OPEN, "class " + classId);
        }
        Move move = describe(schoolClass.getVersion(), newer);
        schoolClass.moveTo(newer, ActivityMatch.between(schoolClass.getVersion(), newer));
        LOG.log(Level.INFO, "Class {0} moved to version {1} of {2}", new Object[] {schoolClass.getCode(), number,
            schoolClass.getModule().getCode()});
        return move;
    }

    private static Move describe(ModuleVersion current, ModuleVersion newer) {
        Map<String, String> match = ActivityMatch.between(current, newer);
        return new Move(current.getNumber(), newer.getNumber(), match.size(),
                titlesExcept(newer, match.values()), titlesExcept(current, match.keySet()));
    }

    /** Titles of the version's activities whose IRIs are not among {@code matched}. */
    private static List<String> titlesExcept(ModuleVersion version, Collection<String> matched) {
        List<String> titles = new ArrayList<>();
        ModuleContent content = version.content();
        for (int l = 0; l < content.lessons().size(); l++) {
            List<ModuleContent.Activity> activities = content.lessons().get(l).activities();
            for (int a = 0; a < activities.size(); a++) {
                if (!matched.contains(vn.tvet.lms.courseware.ActivityIds.of(version.getId(), l, a))) {
                    titles.add(activities.get(a).title());
                }
            }
        }
        return titles;
    }

    /** A move from one version number to another: activities kept, new in the newer one, and left behind. */
    public record Move(int from, int to, int kept, List<String> added, List<String> dropped) {
    }
}
