package vn.tvet.lms.courseware;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.tvet.lms.account.People;

/**
 * Learners study their school's published modules. Starting a module pins the learner to its newest version;
 * later versions reach them only when a teacher moves them ({@link ModuleAuthoring#migrateLearners}).
 */
@ApplicationScoped
public class ModuleLearning {

    private CourseModules modules;
    private People people;
    private Clock clock;

    ModuleLearning() {
        // for the CDI proxy
    }

    @Inject
    public ModuleLearning(CourseModules modules, People people, Clock clock) {
        this.modules = modules;
        this.people = people;
        this.clock = clock;
    }

    @Transactional
    public List<CourseModule> available(long schoolId) {
        return modules.publishedInSchool(schoolId);
    }

    /** Starts the module on its newest version, or returns the learner's place if already started. */
    @Transactional
    public Studied start(long schoolId, long personId, long moduleId) {
        CourseModule module = modules.getInSchool(schoolId, moduleId);
        ModuleLearner learner = modules.learner(moduleId, personId).orElseGet(() -> {
            ModuleVersion newest = modules.newestVersion(module)
                    .orElseThrow(() -> new ModuleNotFoundException(moduleId));
            ModuleLearner started = new ModuleLearner(module, people.get(personId), newest, clock.instant());
            modules.add(started);
            return started;
        });
        return studied(module, learner);
    }

    /** What the learner studies: the version they are on. Empty if they have not started the module. */
    @Transactional
    public Optional<Studied> studying(long schoolId, long personId, long moduleId) {
        CourseModule module = modules.getInSchool(schoolId, moduleId);
        if (!module.isPublished()) {
            throw new ModuleNotFoundException(moduleId);
        }
        return modules.learner(moduleId, personId).map(learner -> studied(module, learner));
    }

    private static Studied studied(CourseModule module, ModuleLearner learner) {
        return new Studied(module.getId(), learner.getVersion().getNumber(), module.getPublishedVersion(),
                learner.getVersion().content());
    }

    /** The version a learner is on, the newest there is, and the content of theirs. */
    public record Studied(long moduleId, int version, int newestVersion, ModuleContent content) {
    }
}
