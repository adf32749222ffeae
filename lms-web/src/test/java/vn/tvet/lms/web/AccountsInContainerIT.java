package vn.tvet.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.File;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tvet.lms.account.Authenticator;
import vn.tvet.lms.account.IssuedPassword;
import vn.tvet.lms.account.LoginOutcome;
import vn.tvet.lms.account.MemberNotFoundException;
import vn.tvet.lms.account.NewMember;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.account.SchoolHeadcount;
import vn.tvet.lms.account.SchoolMembers;
import vn.tvet.lms.account.StudentRow;
import vn.tvet.lms.account.UsernameTakenException;
import vn.tvet.lms.institution.DuplicateInstitutionCodeException;
import vn.tvet.lms.institution.Institution;
import vn.tvet.lms.institution.InstitutionDetails;
import vn.tvet.lms.institution.InstitutionRegistry;
import vn.tvet.lms.institution.InstitutionType;

/**
 * The account and institution use cases inside Payara Micro, on real PostgreSQL: JPA mappings against
 * the Flyway schema, transactions (an import is all or nothing), CDI wiring, the Vietnamese collation
 * and the school scoping of every lookup. One class on purpose: each costs a container start.
 * {@link BackingServices} starts the database and object store before the container.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsInContainerIT {

    @Deployment(testable = true)
    static WebArchive deployment() throws Exception {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "lms-web.war")
                .importFrom(new File("target/lms-web.war")).as(WebArchive.class);
        // The application asks for a login on every path; Arquillian's runner servlet must stay reachable.
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"), StandardCharsets.UTF_8)
                .replace("<url-pattern>/health</url-pattern>",
                        "<url-pattern>/health</url-pattern>\n      <url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
        return war.setWebXML(new StringAsset(webXml))
                .addClass(AccountsInContainerIT.class);
    }

    @Inject
    InstitutionRegistry registry;

    @Inject
    SchoolMembers members;

    @Inject
    People people;

    @Inject
    Authenticator authenticator;

    private Institution school(String name) {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return registry.register(new InstitutionDetails(code, name, InstitutionType.COLLEGE, "Hải Phòng"));
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void institutionCodesAreUnique() {
        Institution first = school("Trường Cao đẳng Thử nghiệm");
        assertThrows(DuplicateInstitutionCodeException.class, () -> registry.register(
                new InstitutionDetails(first.getCode(), "Bản sao", InstitutionType.CENTRE, "Hà Nội")));
    }

    @Test
    void anotherSchoolsMemberIsNotFound() {
        Institution mine = school("Trường A");
        Institution theirs = school("Trường B");
        IssuedPassword student = members.create(theirs.getId(), new NewMember(unique("sv"), "Kiều Văn Sơn", null,
                Role.STUDENT));

        assertEquals("Kiều Văn Sơn", members.get(theirs.getId(), student.personId()).getFullName());
        assertThrows(MemberNotFoundException.class, () -> members.get(mine.getId(), student.personId()));
        assertThrows(MemberNotFoundException.class, () -> members.setEnabled(mine.getId(), student.personId(), false));
        assertThrows(MemberNotFoundException.class, () -> members.resetPassword(mine.getId(), student.personId()));
        assertTrue(people.find(student.personId()).orElseThrow().isEnabled(), "nothing changed through the wrong school");
    }

    @Test
    void importIsAllOrNothingWhenAUsernameIsTakenMeanwhile() {
        Institution school = school("Trường Nhập Liệu");
        String a = unique("nhap");
        String b = unique("nhap");
        List<StudentRow> preview = members.previewStudents(new StringReader(
                "ma_nguoi_hoc,ho_ten\n" + a + ",Người Một\n" + b + ",Người Hai\n"));
        assertTrue(preview.stream().allMatch(StudentRow::importable));

        members.create(school.getId(), new NewMember(b, "Người Chen Ngang", null, Role.TEACHER));

        assertThrows(UsernameTakenException.class, () -> members.importStudents(school.getId(), preview));
        assertTrue(people.findByUsername(a).isEmpty(), "the first row must have been rolled back");
        assertEquals(0, people.countMembers(school.getId(), Role.STUDENT, null));
    }

    @Test
    void membersSortTheVietnameseWayByGivenNameAndFilterWithoutCaringAboutForm() {
        Institution school = school("Trường Sắp Xếp");
        List<String> names = List.of("Phạm Thị Ánh", "Trần Đức Đạt", "Nguyễn Văn An", "Lê Thị Bình", "Hoàng Minh Dũng",
                "Vũ Ngọc Anh");
        for (String name : names) {
            // decomposed input, as some keyboards produce, must be stored composed
            members.create(school.getId(), new NewMember(unique("sx"), Normalizer.normalize(name, Normalizer.Form.NFD),
                    null, Role.STUDENT));
        }
        List<String> sorted = people.members(school.getId(), null, null, 0, 10, "fullName", true).stream()
                .map(Person::getFullName).toList();
        assertEquals(List.of("Nguyễn Văn An", "Vũ Ngọc Anh", "Phạm Thị Ánh", "Lê Thị Bình", "Hoàng Minh Dũng",
                "Trần Đức Đạt"), sorted);

        assertEquals(2, people.members(school.getId(), null, null, 2, 2, "fullName", true).size(), "paging");
        assertEquals(List.of("Trần Đức Đạt"), people.members(school.getId(), Role.STUDENT, "ĐẠT", 0, 10, "fullName", true)
                .stream().map(Person::getFullName).toList());
        assertEquals(6, people.countMembers(school.getId(), Role.STUDENT, null));
        assertEquals(0, people.countMembers(school.getId(), Role.TEACHER, null));
        assertEquals(0, people.countMembers(school.getId(), null, "100%_"), "LIKE wildcards are literal");
    }

    @Test
    void signInHonoursPasswordsDisabledAccountsClosedSchoolsAndTheThrottle() {
        Institution school = school("Trường Đăng Nhập");
        String username = unique("dn");
        IssuedPassword issued = members.create(school.getId(), new NewMember(username, "Đỗ Văn Hùng", null, Role.TEACHER));

        LoginOutcome accepted = authenticator.authenticate(username.toUpperCase(), issued.temporaryPassword(), "192.0.2.10");
        LoginOutcome.Accepted signedIn = assertInstanceOf(LoginOutcome.Accepted.class, accepted);
        assertTrue(signedIn.mustChangePassword());
        assertEquals(List.of(Role.TEACHER), signedIn.memberships().stream().map(m -> m.role()).toList());
        assertEquals(school.getId(), signedIn.memberships().get(0).institutionId());

        assertInstanceOf(LoginOutcome.Rejected.class, authenticator.authenticate(username, "wrong-1", "192.0.2.10"));
        assertInstanceOf(LoginOutcome.Rejected.class, authenticator.authenticate("no.such.user", "x", "192.0.2.10"));

        registry.setActive(school.getId(), false);
        assertInstanceOf(LoginOutcome.Rejected.class,
                authenticator.authenticate(username, issued.temporaryPassword(), "192.0.2.11"));
        registry.setActive(school.getId(), true);

        members.setEnabled(school.getId(), issued.personId(), false);
        assertInstanceOf(LoginOutcome.Rejected.class,
                authenticator.authenticate(username, issued.temporaryPassword(), "192.0.2.12"));
        members.setEnabled(school.getId(), issued.personId(), true);

        for (int i = 0; i < 6; i++) {
            authenticator.authenticate(username, "wrong-" + i, "192.0.2.13");
        }
        assertInstanceOf(LoginOutcome.Throttled.class,
                authenticator.authenticate(username, issued.temporaryPassword(), "192.0.2.14"));
    }

    @Test
    void headcountsCountEveryRolePerSchool() {
        Institution school = school("Trường Đếm Người");
        members.create(school.getId(), new NewMember(unique("hc"), "Người Học Một", null, Role.STUDENT));
        members.create(school.getId(), new NewMember(unique("hc"), "Người Học Hai", null, Role.STUDENT));
        members.create(school.getId(), new NewMember(unique("hc"), "Nhà Giáo", null, Role.TEACHER));

        SchoolHeadcount counts = people.headcounts().stream().filter(h -> h.institutionId() == school.getId())
                .findFirst().orElseThrow();
        assertEquals(2, counts.students());
        assertEquals(1, counts.teachers());
        assertEquals(0, counts.admins());
    }
}
