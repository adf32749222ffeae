package vn.tvet.lms.web.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.classes.ClassDetails;
import vn.tvet.lms.classes.ClassTeaching;
import vn.tvet.lms.courseware.ModuleAuthoring;
import vn.tvet.lms.courseware.ModuleSharing;
import vn.tvet.lms.institution.Institution;

/**
 * A class of MĐ07 at each Hải Phòng school with the school's demo learners enrolled: the college teaches its own
 * module; the intermediate school adopts the shared copy, publishes it and opens its class on that.
 */
@Dependent
class DemoClasses {

    private static final System.Logger LOG = System.getLogger(DemoClasses.class.getName());

    @Inject
    ClassTeaching teaching;

    @Inject
    ModuleSharing sharing;

    @Inject
    ModuleAuthoring modules;

    @Inject
    People people;

    @Inject
    Clock clock;

    void load(Map<String, Institution> schoolsByCode, long sharedModuleId) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh")));
        Institution college = schoolsByCode.get("HP-CDKT");
        Viewer collegeTeacher = teacherOf("hpcd.gv1", college);
        classOf(collegeTeacher, college, sharedModuleId, new ClassDetails("DCN-K24A-MĐ07",
                "Điện công nghiệp K24A – Lắp đặt tủ điện phân phối", today.minusWeeks(2), today.plusMonths(4)));

        Institution haiAn = schoolsByCode.get("HP-TCHA");
        Viewer haiAnTeacher = teacherOf("hptc.gv1", haiAn);
        long adopted = sharing.adopt(haiAnTeacher, haiAn.getId(), sharedModuleId, "MĐ07").getId();
        modules.publish(haiAnTeacher, haiAn.getId(), adopted, "Dùng bản chia sẻ của Trường Cao đẳng Kỹ thuật Hải Phòng");
        classOf(haiAnTeacher, haiAn, adopted, new ClassDetails("DCN-T24A-MĐ07",
                "Điện công nghiệp T24A – Lắp đặt tủ điện phân phối", today.minusWeeks(1), today.plusMonths(5)));
        LOG.log(Level.INFO, "Demo classes loaded at {0} and {1}", college.getCode(), haiAn.getCode());
    }

    private void classOf(Viewer teacher, Institution school, long moduleId, ClassDetails details) {
        long classId = teaching.open(teacher, school.getId(), moduleId, details).getId();
        List<Long> learners = people.members(school.getId(), Role.STUDENT, null, 0, 200, "fullName", true).stream()
                .map(Person::getId).toList();
        teaching.enrol(teacher, school.getId(), classId, learners);
        teaching.changeKey(teacher, school.getId(), classId, true);
    }

    private Viewer teacherOf(String username, Institution school) {
        return new Viewer(people.findByUsername(username).orElseThrow().getId(), Set.of(school.getId()), Set.of(), false);
    }
}
