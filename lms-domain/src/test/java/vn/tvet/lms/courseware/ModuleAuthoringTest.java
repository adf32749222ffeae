package vn.tvet.lms.courseware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tvet.lms.fakes.TwoSchools.HAI_PHONG;
import static vn.tvet.lms.fakes.TwoSchools.NOW;
import static vn.tvet.lms.fakes.TwoSchools.QUANG_NINH;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tvet.lms.account.AccessRefusedException;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.catalog.CompetencyFrameworks;
import vn.tvet.lms.courseware.ModuleRuleException.Reason;
import vn.tvet.lms.fakes.RecordedEvents;
import vn.tvet.lms.fakes.TwoSchools;

/** The module use cases' rules, with the module table, people and schools replaced by in-memory fakes. */
class ModuleAuthoringTest {

    private final TwoSchools world = new TwoSchools();
    private final Viewer teacher = world.teacher;
    private final Viewer colleague = world.colleague;
    private final Viewer schoolAdmin = world.schoolAdmin;
    private final Viewer student = world.student;
    private final Viewer otherSchoolsTeacher = world.otherSchoolsTeacher;

    private final FakeModules modules = new FakeModules();
    private final RecordedEvents<ModuleChanged> announced = new RecordedEvents<>();
    private final ModuleAuthoring authoring = new ModuleAuthoring(modules, world.institutions, world.people, null,
            new CompetencyFrameworks(), null, Clock.fixed(NOW, ZoneOffset.UTC), announced, world.rights, new EmptyBank());

    @Test
    void onlyTheSchoolsAuthorsWriteModulesThere() {
        assertThrows(AccessRefusedException.class, () -> authoring.create(student, HAI_PHONG, "MĐ07", "Đo lường điện"));
        assertThrows(AccessRefusedException.class,
                () -> authoring.create(otherSchoolsTeacher, HAI_PHONG, "MĐ07", "Đo lường điện"));
        CourseModule module = authoring.create(teacher, HAI_PHONG, " MĐ07 ", "Đo lường điện");
        assertEquals("MĐ07", module.getCode());
        assertEquals(List.of(module.getId()), announced.fired().stream().map(ModuleChanged::moduleId).toList(),
                "a new module is announced for the search index");
        assertEquals(Reason.CODE_TAKEN, assertThrows(ModuleRuleException.class,
                () -> authoring.create(colleague, HAI_PHONG, "mđ07", "Khác")).reason(), "codes are unique per school");
        assertTrue(authoring.create(otherSchoolsTeacher, QUANG_NINH, "MĐ07", "Đo lường điện").getId() > 0,
                "another school may use the same code");
    }

    @Test
    void theAuthorAndTheSchoolsAdminsChangeAModuleOtherTeachersDoNot() {
        long moduleId = authoring.create(teacher, HAI_PHONG, "MĐ07", "Đo lường điện").getId();
        assertEquals(Reason.NOT_ALLOWED, assertThrows(ModuleRuleException.class,
                () -> authoring.describe(colleague, HAI_PHONG, moduleId, "Đổi tên", null)).reason());
        authoring.describe(schoolAdmin, HAI_PHONG, moduleId, "Đo lường điện cơ bản", "Tóm tắt");
        assertEquals("Đo lường điện cơ bản", modules.byId.get(moduleId).getTitle());
        assertThrows(ModuleNotFoundException.class,
                () -> authoring.describe(otherSchoolsTeacher, QUANG_NINH, moduleId, "Chiếm", null),
                "another school's module is not found, whatever its id");
    }

    @Test
    void publishingFreezesTheDraftAsTheNextNumberedVersion() {
        long moduleId = authoring.create(teacher, HAI_PHONG, "MĐ07", "Đo lường điện").getId();
        assertEquals(Reason.NOTHING_TO_PUBLISH, assertThrows(ModuleRuleException.class,
                () -> authoring.publish(teacher, HAI_PHONG, moduleId, null)).reason());
        long lessonId = authoring.addLesson(teacher, HAI_PHONG, moduleId, "Bài 1: Đo điện trở");
        authoring.addActivity(teacher, HAI_PHONG, moduleId, lessonId, new ModuleContent.Activity(ActivityKind.PAGE,
                "Đọc trước", null, "<p>Đồng hồ vạn năng</p>", null, List.of()));

        ModuleVersion first = authoring.publish(teacher, HAI_PHONG, moduleId, "bản đầu");
        authoring.renameLesson(teacher, HAI_PHONG, moduleId, lessonId, "Bài 1 (sửa)");
        ModuleVersion second = authoring.publish(teacher, HAI_PHONG, moduleId, null);

        assertEquals(List.of(1, 2), modules.versions.stream().map(ModuleVersion::getNumber).toList());
        assertEquals("Bài 1: Đo điện trở", first.content().lessons().get(0).title(), "a version keeps its content");
        assertEquals("Bài 1 (sửa)", second.content().lessons().get(0).title());
        assertEquals(2, modules.byId.get(moduleId).getPublishedVersion());
        assertEquals(Reason.NOT_ALLOWED, assertThrows(ModuleRuleException.class,
                () -> authoring.publish(colleague, HAI_PHONG, moduleId, null)).reason());
    }

}
