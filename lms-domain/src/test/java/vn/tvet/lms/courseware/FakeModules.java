package vn.tvet.lms.courseware;

import static vn.tvet.lms.fakes.Entities.withId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The module table: ids are given on add and, for lessons and activities, on flush, as the database would. */
final class FakeModules extends CourseModules {
    final Map<Long, CourseModule> byId = new HashMap<>();
    final List<ModuleVersion> versions = new ArrayList<>();
    private long nextId = 1;

    @Override
    void add(CourseModule module) {
        byId.put(withId(module, nextId++).getId(), module);
    }

    @Override
    void add(ModuleVersion version) {
        versions.add(version);
    }

    @Override
    void flush() {
        byId.values().forEach(module -> module.getLessons().forEach(lesson -> {
            if (lesson.getId() == null) {
                withId(lesson, nextId++);
            }
            lesson.getActivities().stream().filter(a -> a.getId() == null).forEach(a -> withId(a, nextId++));
        }));
    }

    @Override
    public Optional<CourseModule> find(long id) {
        flush();
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public CourseModule getDraftInSchool(long schoolId, long id) {
        return getInSchool(schoolId, id);
    }

    @Override
    boolean codeTaken(long schoolId, String code) {
        return byId.values().stream().anyMatch(m -> m.getSchool().getId() == schoolId
                && m.getCode().equalsIgnoreCase(code));
    }

    @Override
    public Optional<ModuleVersion> version(long moduleId, int number) {
        return versions.stream().filter(v -> v.getModule().getId() == moduleId && v.getNumber() == number).findFirst();
    }
}
