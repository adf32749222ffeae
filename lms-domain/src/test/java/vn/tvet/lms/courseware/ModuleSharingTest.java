package vn.tvet.lms.courseware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.tvet.lms.fakes.TwoSchools.HAI_PHONG;
import static vn.tvet.lms.fakes.TwoSchools.NOW;
import static vn.tvet.lms.fakes.TwoSchools.QUANG_NINH;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tvet.lms.account.AccessRefusedException;
import vn.tvet.lms.catalog.CompetencyFrameworks;
import vn.tvet.lms.courseware.ModuleRuleException.Reason;
import vn.tvet.lms.fakes.RecordedEvents;
import vn.tvet.lms.fakes.TwoSchools;

/** Sharing a module with the network and adopting it, with the module table and people in memory. */
class ModuleSharingTest {

    private final TwoSchools world = new TwoSchools();
    private final FakeModules modules = new FakeModules();
    private final RecordedEvents<ModuleChanged> announced = new RecordedEvents<>();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ModuleAuthoring authoring = new ModuleAuthoring(modules, world.institutions, world.people, null,
            new CompetencyFrameworks(), null, clock, announced, world.rights, new EmptyBank());
    private final ModuleSharing sharing = new ModuleSharing(modules, world.institutions, world.people, clock, announced,
            world.rights);

    @Test
    void aModuleIsSharedOnlyOncePublishedAskedForByItsEditorAndApprovedByTheLibrary() {
        long moduleId = authoring.create(world.teacher, HAI_PHONG, "MĐ07", "Đo lường điện").getId();
        assertRefused(Reason.NOT_PUBLISHED, () -> sharing.askToShare(world.teacher, HAI_PHONG, moduleId));
        publishOneLesson(moduleId);
        assertRefused(Reason.NOT_ALLOWED, () -> sharing.askToShare(world.colleague, HAI_PHONG, moduleId));
        assertThrows(ModuleNotFoundException.class,
                () -> sharing.askToShare(world.otherSchoolsTeacher, QUANG_NINH, moduleId));

        sharing.askToShare(world.teacher, HAI_PHONG, moduleId);
        assertEquals(ShareStatus.SUBMITTED, modules.byId.get(moduleId).getShareStatus());
        assertRefused(Reason.NOT_ALLOWED, () -> sharing.approve(world.schoolAdmin, moduleId, null));
        sharing.approve(world.librarian, moduleId, "Đạt");
        assertEquals(ShareStatus.SHARED, modules.byId.get(moduleId).getShareStatus());
    }

    @Test
    void anotherSchoolAdoptsALinkedCopyOfTheNewestVersionUnderItsOwnCode() {
        long moduleId = authoring.create(world.teacher, HAI_PHONG, "MĐ07", "Đo lường điện").getId();
        publishOneLesson(moduleId);
        assertThrows(ModuleNotFoundException.class,
                () -> sharing.adopt(world.otherSchoolsTeacher, QUANG_NINH, moduleId, "QN-MĐ07"), "not shared yet");
        sharing.askToShare(world.teacher, HAI_PHONG, moduleId);
        sharing.approve(world.librarian, moduleId, null);

        assertRefused(Reason.OWN_MODULE, () -> sharing.adopt(world.colleague, HAI_PHONG, moduleId, "MĐ08"));
        assertThrows(AccessRefusedException.class,
                () -> sharing.adopt(world.teacher, QUANG_NINH, moduleId, "QN-MĐ07"), "only into a school one teaches in");
        CourseModule copy = sharing.adopt(world.otherSchoolsTeacher, QUANG_NINH, moduleId, "QN-MĐ07");

        assertEquals("QN-MĐ07", copy.getCode());
        assertEquals(QUANG_NINH, copy.getSchool().getId());
        assertEquals(moduleId, copy.getUpstream().getId());
        assertEquals(1, copy.getUpstreamVersion());
        assertEquals(List.of("Bài 1: Đo điện trở"), copy.getLessons().stream().map(ModuleLesson::getTitle).toList());
        assertEquals(0, copy.getPublishedVersion(), "the copy's learners see nothing until its school publishes it");
    }

    private void publishOneLesson(long moduleId) {
        long lessonId = authoring.addLesson(world.teacher, HAI_PHONG, moduleId, "Bài 1: Đo điện trở");
        authoring.addActivity(world.teacher, HAI_PHONG, moduleId, lessonId, new ModuleContent.Activity(
                ActivityKind.PAGE, "Đọc trước", null, "<p>Đồng hồ vạn năng</p>", null, List.of()));
        authoring.publish(world.teacher, HAI_PHONG, moduleId, null);
    }

    private static void assertRefused(Reason reason, Runnable change) {
        assertEquals(reason, assertThrows(ModuleRuleException.class, change::run).reason());
    }
}
