package vn.tvet.lms.web.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.catalog.TrainingLevel;
import vn.tvet.lms.classes.ClassDetails;
import vn.tvet.lms.classes.ClassTeaching;
import vn.tvet.lms.classes.CompletionRule;
import vn.tvet.lms.courseware.ActivityKind;
import vn.tvet.lms.courseware.ModuleAuthoring;
import vn.tvet.lms.courseware.ModuleContent.Activity;
import vn.tvet.lms.institution.Institution;
import vn.tvet.lms.learning.ClassPlanning;
import vn.tvet.lms.library.Licence;
import vn.tvet.lms.library.ResourceAuthoring;
import vn.tvet.lms.library.ResourceDetails;
import vn.tvet.lms.library.ResourceReview;
import vn.tvet.lms.library.ResourceType;
import vn.tvet.lms.library.SharingScope;
import vn.tvet.lms.library.upload.FileUploads;
import vn.tvet.lms.web.library.LibrarySettings;

/**
 * SCORM in the tour: at the Quảng Ninh college, the demo SCORM 1.2 and 2004 lessons in the school's library, a
 * module "An toàn điện – bài học tương tác" made of them, and a running class with the school's learners, so a
 * student can play a package and a teacher can look at the attempts.
 */
@Dependent
class DemoScorm {

    private static final System.Logger LOG = System.getLogger(DemoScorm.class.getName());
    static final String CLASS_CODE = "DCN-QN-MĐ05";

    @Inject
    People people;

    @Inject
    ResourceAuthoring authoring;

    @Inject
    ResourceReview review;

    @Inject
    FileUploads uploads;

    @Inject
    LibrarySettings librarySettings;

    @Inject
    ModuleAuthoring modules;

    @Inject
    ClassTeaching teaching;

    @Inject
    ClassPlanning planning;

    @Inject
    Clock clock;

    void load(Institution school) {
        Viewer teacher = member("qncd.gv1", school, false);
        long scorm12 = item(teacher, school, DemoScormPackages.TITLE_12, DemoScormPackages.FILE_12, DemoScormPackages.scorm12(),
                ResourceType.SCORM_PACKAGE, DemoScormPackages.DESCRIPTION);
        long scorm2004 = item(teacher, school, DemoScormPackages.TITLE_2004, DemoScormPackages.FILE_2004,
                DemoScormPackages.scorm2004(), ResourceType.SCORM_PACKAGE, DemoScormPackages.DESCRIPTION);
        long multi = item(teacher, school, DemoScormPackages.TITLE_MULTI, DemoScormPackages.FILE_MULTI,
                DemoScormPackages.multiSco(), ResourceType.SCORM_PACKAGE, DemoScormPackages.DESCRIPTION);
        long sequenced = item(teacher, school, DemoScormPackages.TITLE_SEQUENCED, DemoScormPackages.FILE_SEQUENCED,
                DemoScormPackages.sequenced(), ResourceType.SCORM_PACKAGE, DemoScormPackages.DESCRIPTION);
        long cmi5 = item(teacher, school, DemoCmi5Package.TITLE, DemoCmi5Package.FILE, DemoCmi5Package.zip(),
                ResourceType.CMI5_PACKAGE, DemoCmi5Package.DESCRIPTION);
        long moduleId = modules.create(teacher, school.getId(), "MĐ05", "An toàn điện – bài học tương tác").getId();
        modules.describe(teacher, school.getId(), moduleId, "An toàn điện – bài học tương tác",
                "Bài học tương tác (SCORM 1.2, SCORM 2004 và cmi5) về cắt điện, khóa – treo thẻ và kiểm tra không còn điện trước khi làm việc.");
        long lesson = modules.addLesson(teacher, school.getId(), moduleId, "Bài 1: Cắt điện và kiểm tra");
        modules.addActivity(teacher, school.getId(), moduleId, lesson, new Activity(ActivityKind.RESOURCE,
                DemoScormPackages.TITLE_12, scorm12, null, null, List.of()));
        modules.addActivity(teacher, school.getId(), moduleId, lesson, new Activity(ActivityKind.RESOURCE,
                DemoScormPackages.TITLE_2004, scorm2004, null, null, List.of()));
        modules.addActivity(teacher, school.getId(), moduleId, lesson, new Activity(ActivityKind.RESOURCE,
                DemoScormPackages.TITLE_MULTI, multi, null, null, List.of()));
        modules.addActivity(teacher, school.getId(), moduleId, lesson, new Activity(ActivityKind.RESOURCE,
                DemoCmi5Package.TITLE, cmi5, null, null, List.of()));
        modules.addActivity(teacher, school.getId(), moduleId, lesson, new Activity(ActivityKind.RESOURCE,
                DemoScormPackages.TITLE_SEQUENCED, sequenced, null, null, List.of()));
        modules.publish(teacher, school.getId(), moduleId, "Phiên bản đầu tiên (dữ liệu mẫu)");
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh")));
        long classId = teaching.open(teacher, school.getId(), moduleId, new ClassDetails(CLASS_CODE,
                "Điện công nghiệp Quảng Ninh – An toàn điện (bài học tương tác)", today.minusDays(3), today.plusMonths(3)))
                .getId();
        teaching.enrol(teacher, school.getId(), classId, people.members(school.getId(), Role.STUDENT, null, 0, 200,
                "fullName", true).stream().map(Person::getId).toList());
        for (int step = 0; step < 5; step++) {
            planning.settleCompletion(teacher, school.getId(), classId, step, CompletionRule.PACKAGE, null, false);
        }
        LOG.log(Level.INFO, "Demo SCORM lessons and class {0} loaded", CLASS_CODE);
    }

    /** A package in the school's library, uploaded as a teacher would and approved by the school's admin. */
    private long item(Viewer teacher, Institution school, String title, String fileName, byte[] zip, ResourceType type,
            String description) {
        long id = authoring.draft(teacher, school.getId(), new ResourceDetails(title, description, type, Set.of("6520227"),
                TrainingLevel.COLLEGE, "vi", Licence.CC_BY, Set.of("an toàn điện", type == ResourceType.CMI5_PACKAGE
                        ? "cmi5" : "SCORM", "bài học tương tác"), null, SharingScope.SCHOOL)).getId();
        uploads.upload(teacher, id, fileName, null, new ByteArrayInputStream(zip), zip.length, librarySettings.uploadLimits());
        review.submit(teacher, id);
        review.approve(member("qncd.quantri", school, true), id, "Đạt yêu cầu (dữ liệu mẫu)");
        return id;
    }

    private Viewer member(String username, Institution school, boolean administers) {
        return new Viewer(people.findByUsername(username).orElseThrow().getId(), Set.of(school.getId()),
                administers ? Set.of(school.getId()) : Set.of(), false);
    }
}
