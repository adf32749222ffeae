package vn.tvet.lms.web.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tvet.lms.account.PasswordHasher;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.account.RoleAssignment;
import vn.tvet.lms.institution.Institution;
import vn.tvet.lms.institution.InstitutionType;
import vn.tvet.lms.institution.Institutions;

/**
 * Loads the demo schools and people into an empty database when {@code lms.demo.enabled} is true (the
 * local run and the browser tests set it; production leaves it off). Names are invented; every demo
 * account has the password {@code lms.demo.password}.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoDataLoader {

    private static final System.Logger LOG = System.getLogger(DemoDataLoader.class.getName());

    /** A demo school with its people; usernames are the prefix plus a role suffix. */
    private record DemoSchool(String code, String name, InstitutionType type, String province, String prefix,
            String admin, List<String> teachers, List<String> students) {
    }

    private static final List<DemoSchool> SCHOOLS = List.of(
            new DemoSchool("HP-CDKT", "Trường Cao đẳng Kỹ thuật Hải Phòng", InstitutionType.COLLEGE, "Hải Phòng", "hpcd",
                    "Vũ Thị Lan Anh", List.of("Nguyễn Văn Đức", "Đỗ Thị Hương"),
                    List.of("Phạm Minh Tuấn", "Hoàng Thị Ngọc Ánh", "Bùi Quang Huy", "Đặng Thu Trang")),
            new DemoSchool("HP-TCHA", "Trường Trung cấp Nghề Hải An", InstitutionType.INTERMEDIATE, "Hải Phòng", "hptc",
                    "Lương Văn Thắng", List.of("Trịnh Thị Mai", "Ngô Đức Mạnh"),
                    List.of("Lý Văn Khải", "Phan Thị Yến", "Tạ Đình Phong", "Mai Thị Hồng Nhung")),
            new DemoSchool("QN-CDCN", "Trường Cao đẳng Công nghiệp Quảng Ninh", InstitutionType.COLLEGE, "Quảng Ninh", "qncd",
                    "Đinh Thị Thanh Xuân", List.of("Cao Văn Long", "Dương Thị Bích Ngọc"),
                    List.of("Kiều Văn Sơn", "Hà Thị Thảo", "Lâm Quốc Bảo", "Chu Thị Minh Châu")));

    @Inject
    Institutions institutions;

    @Inject
    People people;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "lms.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "lms.demo.password", defaultValue = "Demo@2026")
    String password;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void load() {
        if (!enabled || institutions.count() > 0) {
            return;
        }
        Instant now = clock.instant();
        String hash = hasher.hash(password);
        Map<String, Institution> byCode = new HashMap<>();
        for (DemoSchool school : SCHOOLS) {
            Institution institution = new Institution(school.code(), school.name(), school.type(), school.province(), now);
            institutions.add(institution);
            byCode.put(school.code(), institution);
            member(school.prefix() + ".quantri", school.admin(), institution, Role.SCHOOL_ADMIN, hash, now);
            for (int i = 0; i < school.teachers().size(); i++) {
                member(school.prefix() + ".gv" + (i + 1), school.teachers().get(i), institution, Role.TEACHER, hash, now);
            }
            for (int i = 0; i < school.students().size(); i++) {
                member(String.format("%s.sv%02d", school.prefix(), i + 1), school.students().get(i), institution,
                        Role.STUDENT, hash, now);
            }
        }
        // One teacher also teaches at the intermediate school: a person with roles in two institutions.
        Person visiting = people.findByUsername("hpcd.gv2").orElseThrow();
        people.add(RoleAssignment.inInstitution(visiting, byCode.get("HP-TCHA"), Role.TEACHER, now));

        network("quantri.mang", "Trần Quốc Hùng", Role.NETWORK_ADMIN, hash, now);
        network("thuvien", "Lê Thị Thu Hà", Role.LIBRARY_ADMIN, hash, now);
        network("thanhtra", "Phạm Văn Minh", Role.INSPECTOR, hash, now);
        LOG.log(Level.INFO, "Demo data loaded: {0} schools, {1} people", SCHOOLS.size(), people.countAll());
    }

    private void member(String username, String fullName, Institution institution, Role role, String hash, Instant now) {
        Person person = new Person(username, fullName, username + "@demo.tvet.vn", hash, false, now);
        people.add(person);
        people.add(RoleAssignment.inInstitution(person, institution, role, now));
    }

    private void network(String username, String fullName, Role role, String hash, Instant now) {
        Person person = new Person(username, fullName, username + "@demo.tvet.vn", hash, false, now);
        people.add(person);
        people.add(RoleAssignment.acrossNetwork(person, role, now));
    }
}
