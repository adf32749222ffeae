package vn.tvet.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.catalog.TrainingLevel;
import vn.tvet.lms.institution.DuplicateInstitutionCodeException;
import vn.tvet.lms.institution.Institution;
import vn.tvet.lms.institution.InstitutionDetails;
import vn.tvet.lms.institution.InstitutionRegistry;
import vn.tvet.lms.institution.InstitutionType;
import vn.tvet.lms.library.LearningResource;
import vn.tvet.lms.library.LearningResources;
import vn.tvet.lms.library.LibraryQuery;
import vn.tvet.lms.library.Licence;
import vn.tvet.lms.library.ResourceAuthoring;
import vn.tvet.lms.library.ResourceDetails;
import vn.tvet.lms.library.ResourceNotFoundException;
import vn.tvet.lms.library.ResourceReview;
import vn.tvet.lms.library.ResourceStatus;
import vn.tvet.lms.library.ResourceType;
import vn.tvet.lms.library.SharingScope;
import vn.tvet.lms.library.collection.PersonalCollection;
import vn.tvet.lms.storage.StoredBlob;

/**
 * The use cases inside Payara Micro, on real PostgreSQL: JPA mappings against the Flyway schema,
 * transactions (an import is all or nothing), CDI wiring, the Vietnamese collation, the school scoping of
 * every lookup, and the library's query conditions held to the same answers as its visibility rule. One class on purpose: each costs a container start.
 * {@link BackingServices} starts the database and object store before the container.
 */
@ExtendWith(ArquillianExtension.class)
class UseCasesInContainerIT {

    @Deployment(testable = true)
    static WebArchive deployment() throws Exception {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "lms-web.war")
                .importFrom(new File("target/lms-web.war")).as(WebArchive.class);
        // The application asks for a login on every path; Arquillian's runner servlet must stay reachable.
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"), StandardCharsets.UTF_8)
                .replace("<url-pattern>/health</url-pattern>",
                        "<url-pattern>/health</url-pattern>\n      <url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
        return war.setWebXML(new StringAsset(webXml))
                .addClass(UseCasesInContainerIT.class);
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
        return registry.register(networkAdmin(), new InstitutionDetails(code, name, InstitutionType.COLLEGE, "Hải Phòng"));
    }

    /** The network admin every test acts as where it sets up schools and accounts (made once per run). */
    private static Viewer networkAdmin;
    private static final java.util.Map<Long, Viewer> ADMINS = new java.util.concurrent.ConcurrentHashMap<>();

    private Viewer networkAdmin() {
        if (networkAdmin == null) {
            try {
                transaction.begin();
                Person person = new Person(unique("qtm"), "Quản Trị Mạng Thử", null, "-", false, java.time.Instant.now());
                people.add(person);
                people.add(vn.tvet.lms.account.RoleAssignment.acrossNetwork(person, Role.NETWORK_ADMIN,
                        java.time.Instant.now()));
                transaction.commit();
                networkAdmin = new Viewer(person.getId(), Set.of(), Set.of(), false);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return networkAdmin;
    }

    /** A school admin of the school, made on first use: the actor of the school's account use cases. */
    private Viewer adminOf(long schoolId) {
        return ADMINS.computeIfAbsent(schoolId, id -> new Viewer(members.create(networkAdmin(), id,
                new NewMember(unique("qt"), "Quản Trị Trường", null, Role.SCHOOL_ADMIN)).personId(), Set.of(id), Set.of(id),
                false));
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void changingUseCasesCheckTheirActorInTheDomain() {
        Institution a = school("Trường Quyền A");
        Institution b = school("Trường Quyền B");
        Viewer teacherA = viewerOf(members.create(networkAdmin(), a.getId(), new NewMember(unique("gv"), "Giáo Viên A", null,
                Role.TEACHER)), a, false, false);
        Viewer studentA = viewerOf(members.create(networkAdmin(), a.getId(), new NewMember(unique("sv"), "Học Sinh A", null,
                Role.STUDENT)), a, false, false);
        Class<vn.tvet.lms.account.AccessRefusedException> refused = vn.tvet.lms.account.AccessRefusedException.class;
        assertThrows(refused, () -> registry.register(adminOf(a.getId()),
                new InstitutionDetails(unique("X").toUpperCase().replace(".", "-"), "Trường Lạ", InstitutionType.CENTRE, "Huế")),
                "only the network admin registers schools");
        assertThrows(refused, () -> registry.setActive(teacherA, b.getId(), false));
        assertThrows(refused, () -> members.create(adminOf(b.getId()), a.getId(), new NewMember(unique("sv"), "Người Lạ", null,
                Role.STUDENT)), "an admin of B creates no accounts in A");
        assertThrows(refused, () -> members.create(teacherA, a.getId(), new NewMember(unique("sv"), "Người Lạ", null,
                Role.STUDENT)), "a teacher creates no accounts");
        assertThrows(refused, () -> programmes.create(studentA, a.getId(), unique("CT"), "Chương trình", "6520227", 60),
                "students draw up no programmes");
        assertThrows(refused, () -> programmes.create(teacherA, b.getId(), unique("CT"), "Chương trình", "6520227", 60),
                "nor do teachers for another school");
        assertThrows(refused, () -> frameworkCatalogue.importVersion(teacherA, vn.tvet.lms.catalog.FrameworkCsv.read(
                new StringReader("loại,mã,mã cha,nội dung,bậc\nđơn vị,U1,,Đơn vị,2\n"), "urn:test:" + unique("k"),
                "TC-QUYEN", "Khung", "1", null, false, false)), "frameworks are the network admin's");
        assertThrows(refused, () -> registry.register(Viewer.ANONYMOUS,
                new InstitutionDetails("ANON-1", "Ẩn danh", InstitutionType.CENTRE, "Huế")));
        assertTrue(programmes.create(teacherA, a.getId(), unique("CT"), "Chương trình được phép", "6520227", 60).getId() > 0);
        assertThrows(refused, () -> modules.create(studentA, a.getId(), "MĐ01", "Mô đun"), "students write no modules");
        assertThrows(refused, () -> modules.create(teacherA, b.getId(), "MĐ01", "Mô đun"),
                "nor do teachers in another school");
        assertThrows(refused, () -> sharing.adopt(teacherA, b.getId(), Long.MAX_VALUE, "MĐ02"),
                "a teacher adopts modules into their own school only");
        assertTrue(modules.create(teacherA, a.getId(), "MĐ01", "Mô đun được phép").getId() > 0);
    }

    @Test
    void institutionCodesAreUnique() {
        Institution first = school("Trường Cao đẳng Thử nghiệm");
        assertThrows(DuplicateInstitutionCodeException.class, () -> registry.register(networkAdmin(),
                new InstitutionDetails(first.getCode(), "Bản sao", InstitutionType.CENTRE, "Hà Nội")));
    }

    @Test
    void anotherSchoolsMemberIsNotFound() {
        Institution mine = school("Trường A");
        Institution theirs = school("Trường B");
        IssuedPassword student = members.create(networkAdmin(), theirs.getId(), new NewMember(unique("sv"), "Kiều Văn Sơn", null,
                Role.STUDENT));

        assertEquals("Kiều Văn Sơn", members.get(theirs.getId(), student.personId()).getFullName());
        assertThrows(MemberNotFoundException.class, () -> members.get(mine.getId(), student.personId()));
        assertThrows(MemberNotFoundException.class, () -> members.setEnabled(adminOf(mine.getId()), mine.getId(), student.personId(), false));
        assertThrows(MemberNotFoundException.class, () -> members.resetPassword(adminOf(mine.getId()), mine.getId(), student.personId()));
        assertTrue(people.find(student.personId()).orElseThrow().isEnabled(), "nothing changed through the wrong school");
    }

    @Test
    void nameFiltersFoldCaseAndDiacriticsLikeSearch() {
        Institution school = school("Trường lọc tên");
        String token = UUID.randomUUID().toString().substring(0, 8);
        IssuedPassword student = members.create(networkAdmin(), school.getId(), new NewMember(unique("sv"),
                "Phạm Minh Tuấn Đỗ " + token, null, Role.STUDENT));
        assertEquals(List.of(student.personId()), people.everyone("tuan do " + token.toUpperCase(java.util.Locale.ROOT),
                0, 10).stream().map(vn.tvet.lms.account.Person::getId).toList());
        assertEquals(1, people.countEveryone("TUẤN ĐỖ " + token));
        assertEquals(0, people.countEveryone("tuan x " + token));
    }

    @Inject
    jakarta.transaction.UserTransaction transaction;

    @Inject
    vn.tvet.lms.institution.Institutions institutions;

    @Inject
    vn.tvet.lms.account.NetworkAccounts networkAccounts;

    @Inject
    vn.tvet.lms.account.SessionValidity sessionValidity;

    /** Gives an existing person a further role, as the demo data does for a teacher of two schools. */
    private void grant(long personId, Institution school, Role role) throws Exception {
        transaction.begin();
        Person person = people.get(personId);
        people.add(school == null ? vn.tvet.lms.account.RoleAssignment.acrossNetwork(person, role, java.time.Instant.now())
                : vn.tvet.lms.account.RoleAssignment.inInstitution(person, institutions.get(school.getId()), role,
                        java.time.Instant.now()));
        transaction.commit();
    }

    @Test
    void aSchoolAdminCannotResetOrDisableSomeoneWhoAlsoActsElsewhere() throws Exception {
        Institution a = school("Trường A tài khoản");
        Institution b = school("Trường B tài khoản");
        IssuedPassword twoSchools = members.create(networkAdmin(), a.getId(), new NewMember(unique("gv"), "Giáo Viên Hai Trường", null,
                Role.TEACHER));
        grant(twoSchools.personId(), b, Role.TEACHER);
        IssuedPassword onlyB = members.create(networkAdmin(), b.getId(), new NewMember(unique("sv"), "Người Học Chỉ B", null, Role.STUDENT));
        IssuedPassword networkRole = members.create(networkAdmin(), b.getId(), new NewMember(unique("tv"), "Thủ Thư Mạng", null, Role.TEACHER));
        grant(networkRole.personId(), null, Role.LIBRARY_ADMIN);
        String hashBefore = people.find(twoSchools.personId()).orElseThrow().getPasswordHash();

        assertFalse(members.managedBySchool(b.getId(), twoSchools.personId()));
        assertThrows(vn.tvet.lms.account.AccountManagedByNetworkException.class,
                () -> members.resetPassword(adminOf(b.getId()), b.getId(), twoSchools.personId()));
        assertThrows(vn.tvet.lms.account.AccountManagedByNetworkException.class,
                () -> members.setEnabled(adminOf(b.getId()), b.getId(), twoSchools.personId(), false));
        assertThrows(vn.tvet.lms.account.AccountManagedByNetworkException.class,
                () -> members.resetPassword(adminOf(b.getId()), b.getId(), networkRole.personId()));
        Person after = people.find(twoSchools.personId()).orElseThrow();
        assertTrue(after.isEnabled(), "not disabled through one school");
        assertEquals(hashBefore, after.getPasswordHash(), "password not replaced through one school");

        assertTrue(members.managedBySchool(b.getId(), onlyB.personId()));
        members.resetPassword(adminOf(b.getId()), b.getId(), onlyB.personId());

        // The network admin handles them; nobody else may use the network admin's use cases.
        IssuedPassword networkAdmin = members.create(networkAdmin(), a.getId(), new NewMember(unique("qtm"), "Quản Trị Mạng", null,
                Role.STUDENT));
        grant(networkAdmin.personId(), null, Role.NETWORK_ADMIN);
        assertThrows(vn.tvet.lms.account.AccessRefusedException.class,
                () -> networkAccounts.resetPassword(onlyB.personId(), twoSchools.personId()));
        networkAccounts.setEnabled(networkAdmin.personId(), twoSchools.personId(), false);
        assertFalse(people.find(twoSchools.personId()).orElseThrow().isEnabled());
        assertEquals(2, people.rolesOf(twoSchools.personId()).size(), "disabling keeps every role in every school");
    }

    @Test
    void aResetADisabledAccountOrAClosedSchoolEndsSessionsSignedInBefore() {
        Institution school = school("Trường Phiên");
        NewMember member = new NewMember(unique("gv"), "Giáo Viên Phiên", null, Role.TEACHER);
        IssuedPassword issued = members.create(networkAdmin(), school.getId(), member);
        var signedIn = assertInstanceOf(LoginOutcome.Accepted.class,
                authenticator.authenticate(issued.username(), issued.temporaryPassword(), "10.0.0.41"));
        Set<Long> schools = Set.of(school.getId());
        assertTrue(sessionValidity.stillValid(issued.personId(), signedIn.passwordSetAt(), schools));

        IssuedPassword reset = members.resetPassword(adminOf(school.getId()), school.getId(), issued.personId());
        assertFalse(sessionValidity.stillValid(issued.personId(), signedIn.passwordSetAt(), schools),
                "a session from before the reset ends");
        var again = assertInstanceOf(LoginOutcome.Accepted.class,
                authenticator.authenticate(issued.username(), reset.temporaryPassword(), "10.0.0.41"));
        assertTrue(sessionValidity.stillValid(issued.personId(), again.passwordSetAt(), schools));

        members.setEnabled(adminOf(school.getId()), school.getId(), issued.personId(), false);
        assertFalse(sessionValidity.stillValid(issued.personId(), again.passwordSetAt(), schools), "disabled");
        members.setEnabled(adminOf(school.getId()), school.getId(), issued.personId(), true);
        assertTrue(sessionValidity.stillValid(issued.personId(), again.passwordSetAt(), schools));

        registry.setActive(networkAdmin(), school.getId(), false);
        assertFalse(sessionValidity.stillValid(issued.personId(), again.passwordSetAt(), schools), "school closed");
    }

    @Test
    void studentsCannotDraftUploadOrSubmitLibraryItems() {
        Institution school = school("Trường Học Liệu Người Học");
        Viewer student = viewerOf(members.create(networkAdmin(), school.getId(), new NewMember(unique("sv"), "Người Học", null,
                Role.STUDENT)), school, false, false);
        Viewer teacher = viewerOf(members.create(networkAdmin(), school.getId(), new NewMember(unique("gv"), "Nhà Giáo", null,
                Role.TEACHER)), school, false, false);
        ResourceDetails details = details("Bài của người học", SharingScope.PRIVATE, ResourceType.DOCUMENT, Licence.CC_BY);
        var refused = assertThrows(vn.tvet.lms.library.WorkflowViolationException.class,
                () -> authoring.draft(student, school.getId(), details));
        assertEquals(vn.tvet.lms.library.WorkflowViolationException.Reason.NOT_ALLOWED, refused.reason());
        assertTrue(authoring.draft(teacher, school.getId(), details).getId() > 0, "teachers still draft");
    }

    @Test
    void aTeacherOfTwoSchoolsCannotPutOneSchoolsItemsIntoTheOthersModules() throws Exception {
        String token = "tl" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Institution a = school("Trường mô đun A");
        Institution b = school("Trường mô đun B");
        IssuedPassword teacher = members.create(networkAdmin(), a.getId(), new NewMember(unique("gv"), "Giáo Viên Hai Nơi", null, Role.TEACHER));
        grant(teacher.personId(), b, Role.TEACHER);
        Viewer inBoth = new Viewer(teacher.personId(), Set.of(a.getId(), b.getId()), Set.of(), false);
        Viewer adminB = viewerOf(members.create(networkAdmin(), b.getId(), new NewMember(unique("qt"), "Quản Trị B", null,
                Role.SCHOOL_ADMIN)), b, true, false);
        StoredBlob blob = new StoredBlob(UUID.randomUUID().toString().replace("-", "").repeat(2), 10);
        long schoolBOnly = withFile(inBoth, authoring.draft(inBoth, b.getId(), details("Nội bộ " + token, SharingScope.SCHOOL,
                ResourceType.DOCUMENT, Licence.CC_BY)).getId(), blob);
        review.submit(inBoth, schoolBOnly);
        review.approve(adminB, schoolBOnly, null);

        long moduleA = modules.create(inBoth, a.getId(), "MĐ" + token.substring(2, 7), "Mô đun của A").getId();
        long lessonA = modules.addLesson(inBoth, a.getId(), moduleA, "Bài 1");
        var refused = assertThrows(vn.tvet.lms.courseware.ModuleRuleException.class, () -> modules.addActivity(inBoth,
                a.getId(), moduleA, lessonA, new vn.tvet.lms.courseware.ModuleContent.Activity(
                        vn.tvet.lms.courseware.ActivityKind.RESOURCE, "Nội bộ " + token, schoolBOnly, null, null, List.of())));
        assertEquals(vn.tvet.lms.courseware.ModuleRuleException.Reason.RESOURCE_NOT_VISIBLE, refused.reason());
        assertFalse(modules.mayUseResource(inBoth, a.getId(), schoolBOnly), "the editor says so before anyone tries");
        assertTrue(modules.mayUseResource(inBoth, b.getId(), schoolBOnly));

        // In school B's own module the item is fine, and its title never becomes the module's searchable text.
        long moduleB = modules.create(inBoth, b.getId(), "MĐ" + token.substring(2, 7), "Mô đun của B " + token).getId();
        long lessonB = modules.addLesson(inBoth, b.getId(), moduleB, "Bài 1");
        modules.addActivity(inBoth, b.getId(), moduleB, lessonB, new vn.tvet.lms.courseware.ModuleContent.Activity(
                vn.tvet.lms.courseware.ActivityKind.RESOURCE, "Nội bộ " + token, schoolBOnly, null, null, List.of()));
        modules.publish(inBoth, b.getId(), moduleB, null);
        awaitHits("Mô đun của B " + token, adminB, 1);
        assertEquals(1, hits("noi bo " + token, adminB), "only the item itself matches its title, not the module");
    }

    @Inject
    vn.tvet.lms.library.upload.StorageQuota quota;

    @Test
    void eachPersonsStorageQuotaCountsTheirVersions() {
        Institution school = school("Trường hạn mức");
        Viewer teacher = viewerOf(members.create(networkAdmin(), school.getId(), new NewMember(unique("gv"), "Nhà Giáo Hạn Mức", null,
                Role.TEACHER)), school, false, false);
        long id = authoring.draft(teacher, school.getId(), details("Hạn mức", SharingScope.PRIVATE, ResourceType.DOCUMENT,
                Licence.CC_BY)).getId();
        withFile(teacher, id, new StoredBlob(UUID.randomUUID().toString().replace("-", "").repeat(2), 10));
        assertEquals(10, quota.usedBy(teacher.personId()));
        var limits = new vn.tvet.lms.library.upload.StorageQuota.Limits(15, 5);
        quota.check(teacher.personId(), 5, false, limits);
        var refused = assertThrows(vn.tvet.lms.library.upload.QuotaExceededException.class,
                () -> quota.check(teacher.personId(), 6, false, limits));
        assertEquals(vn.tvet.lms.library.upload.QuotaExceededException.Kind.STORAGE, refused.kind());
    }

    @Test
    void importIsAllOrNothingWhenAUsernameIsTakenMeanwhile() {
        Institution school = school("Trường Nhập Liệu");
        String a = unique("nhap");
        String b = unique("nhap");
        List<StudentRow> preview = members.previewStudents(new StringReader(
                "ma_nguoi_hoc,ho_ten\n" + a + ",Người Một\n" + b + ",Người Hai\n"));
        assertTrue(preview.stream().allMatch(StudentRow::importable));

        members.create(networkAdmin(), school.getId(), new NewMember(b, "Người Chen Ngang", null, Role.TEACHER));

        assertThrows(UsernameTakenException.class, () -> members.importStudents(adminOf(school.getId()), school.getId(), preview));
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
            members.create(networkAdmin(), school.getId(), new NewMember(unique("sx"), Normalizer.normalize(name, Normalizer.Form.NFD),
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
        IssuedPassword issued = members.create(networkAdmin(), school.getId(), new NewMember(username, "Đỗ Văn Hùng", null, Role.TEACHER));

        LoginOutcome accepted = authenticator.authenticate(username.toUpperCase(), issued.temporaryPassword(), "192.0.2.10");
        LoginOutcome.Accepted signedIn = assertInstanceOf(LoginOutcome.Accepted.class, accepted);
        assertTrue(signedIn.mustChangePassword());
        assertEquals(List.of(Role.TEACHER), signedIn.memberships().stream().map(m -> m.role()).toList());
        assertEquals(school.getId(), signedIn.memberships().get(0).institutionId());

        assertInstanceOf(LoginOutcome.Rejected.class, authenticator.authenticate(username, "wrong-1", "192.0.2.10"));
        assertInstanceOf(LoginOutcome.Rejected.class, authenticator.authenticate("no.such.user", "x", "192.0.2.10"));

        registry.setActive(networkAdmin(), school.getId(), false);
        assertInstanceOf(LoginOutcome.Rejected.class,
                authenticator.authenticate(username, issued.temporaryPassword(), "192.0.2.11"));
        registry.setActive(networkAdmin(), school.getId(), true);

        members.setEnabled(adminOf(school.getId()), school.getId(), issued.personId(), false);
        assertInstanceOf(LoginOutcome.Rejected.class,
                authenticator.authenticate(username, issued.temporaryPassword(), "192.0.2.12"));
        members.setEnabled(adminOf(school.getId()), school.getId(), issued.personId(), true);

        for (int i = 0; i < 6; i++) {
            authenticator.authenticate(username, "wrong-" + i, "192.0.2.13");
        }
        assertInstanceOf(LoginOutcome.Throttled.class,
                authenticator.authenticate(username, issued.temporaryPassword(), "192.0.2.14"));
    }

    @Test
    void headcountsCountEveryRolePerSchool() {
        Institution school = school("Trường Đếm Người");
        members.create(networkAdmin(), school.getId(), new NewMember(unique("hc"), "Người Học Một", null, Role.STUDENT));
        members.create(networkAdmin(), school.getId(), new NewMember(unique("hc"), "Người Học Hai", null, Role.STUDENT));
        members.create(networkAdmin(), school.getId(), new NewMember(unique("hc"), "Nhà Giáo", null, Role.TEACHER));

        SchoolHeadcount counts = people.headcounts().stream().filter(h -> h.institutionId() == school.getId())
                .findFirst().orElseThrow();
        assertEquals(2, counts.students());
        assertEquals(1, counts.teachers());
        assertEquals(0, counts.admins());
    }

    // ---- the shared library: the query conditions must agree with LearningResource's own rule ----

    @Inject
    ResourceAuthoring authoring;

    @Inject
    ResourceReview review;

    @Inject
    LearningResources resources;

    private ResourceDetails details(String title, SharingScope scope, ResourceType type, Licence licence) {
        return new ResourceDetails(title, "Mô tả", type, Set.of("6520227"), TrainingLevel.COLLEGE, "vi", licence,
                Set.of("an toàn"), null, scope);
    }

    private static Viewer viewerOf(IssuedPassword person, Institution school, boolean admin, boolean librarian) {
        return new Viewer(person.personId(), Set.of(school.getId()), admin ? Set.of(school.getId()) : Set.of(), librarian);
    }

    @Test
    void listsAndQueuesShowExactlyWhatTheVisibilityRuleAllows() {
        Institution a = school("Trường A thư viện");
        Institution b = school("Trường B thư viện");
        Viewer author = viewerOf(members.create(networkAdmin(), a.getId(), new NewMember(unique("tg"), "Tác Giả", null, Role.TEACHER)), a, false, false);
        Viewer colleague = viewerOf(members.create(networkAdmin(), a.getId(), new NewMember(unique("dn"), "Đồng Nghiệp", null, Role.STUDENT)), a, false, false);
        Viewer adminA = viewerOf(members.create(networkAdmin(), a.getId(), new NewMember(unique("qt"), "Quản Trị A", null, Role.SCHOOL_ADMIN)), a, true, false);
        Viewer other = viewerOf(members.create(networkAdmin(), b.getId(), new NewMember(unique("gv"), "Giáo Viên B", null, Role.TEACHER)), b, false, false);
        Viewer librarian = viewerOf(members.create(networkAdmin(), b.getId(), new NewMember(unique("tv"), "Thủ Thư", null, Role.TEACHER)), b, false, true);
        String token = unique("hl").replace(".", "");
        StoredBlob blob = new StoredBlob(UUID.randomUUID().toString().replace("-", "").repeat(2), 10);

        long privateDraft = authoring.draft(author, a.getId(), details(token + " riêng", SharingScope.PRIVATE, ResourceType.DOCUMENT, Licence.CC_BY)).getId();
        long schoolPublished = withFile(author, authoring.draft(author, a.getId(), details(token + " trường", SharingScope.SCHOOL, ResourceType.DOCUMENT, Licence.ALL_RIGHTS_RESERVED)).getId(), blob);
        review.submit(author, schoolPublished);
        review.approve(adminA, schoolPublished, null);
        long networkSubmitted = withFile(author, authoring.draft(author, a.getId(), details(token + " chờ", SharingScope.NETWORK, ResourceType.VIDEO, Licence.CC_BY_SA)).getId(), blob);
        review.submit(author, networkSubmitted);
        long publicPublished = withFile(author, authoring.draft(author, a.getId(), details(token + " công khai", SharingScope.PUBLIC, ResourceType.DOCUMENT, Licence.CC_BY)).getId(), blob);
        review.submit(author, publicPublished);
        review.approve(librarian, publicPublished, "Tốt");
        long retired = withFile(author, authoring.draft(author, a.getId(), details(token + " cũ", SharingScope.NETWORK, ResourceType.DOCUMENT, Licence.CC_BY)).getId(), blob);
        review.submit(author, retired);
        review.approve(librarian, retired, null);
        review.retire(author, retired, "Đã thay");

        List<Long> all = List.of(privateDraft, schoolPublished, networkSubmitted, publicPublished, retired);
        LibraryQuery mine = new LibraryQuery(null, null, null, null, null, null, token);
        for (Viewer viewer : List.of(author, colleague, adminA, other, librarian, Viewer.ANONYMOUS)) {
            Set<Long> listed = ids(resources.published(viewer, mine, 0, 50, "title", true));
            Set<Long> queued = ids(resources.reviewQueue(viewer, 0, 500)).stream().filter(all::contains).collect(Collectors.toSet());
            for (long id : all) {
                LearningResource resource = resources.find(id).orElseThrow();
                assertEquals(resource.isVisibleTo(viewer) && resource.getStatus() == ResourceStatus.PUBLISHED, listed.contains(id),
                        "published list for " + viewer + " and " + resource.getTitle());
                assertEquals(resource.getStatus() == ResourceStatus.SUBMITTED && resource.mayReview(viewer), queued.contains(id),
                        "review queue for " + viewer + " and " + resource.getTitle());
            }
            assertEquals(listed.size(), resources.countPublished(viewer, mine));
        }
        assertEquals(Set.of(schoolPublished, publicPublished), ids(resources.published(colleague, mine, 0, 50, "title", true)));
        assertEquals(Set.of(publicPublished), ids(resources.published(Viewer.ANONYMOUS, mine, 0, 50, "title", true)));
        assertEquals(Set.of(publicPublished), ids(resources.published(Viewer.ANONYMOUS, new LibraryQuery(null, null,
                null, null, null, null, token.toUpperCase(java.util.Locale.ROOT) + " cong KHAI"), 0, 50, "title", true)),
                "the title filter folds case and diacritics as search does");
        assertEquals(5, resources.countAuthoredBy(author, mine), "My items shows every status");
        assertEquals(0, resources.countAuthoredBy(colleague, mine));
        assertThrows(ResourceNotFoundException.class, () -> resources.getVisible(other, privateDraft));
    }

    @Test
    void filtersNarrowTheLibraryAndVersionsShareStoredBytes() {
        Institution school = school("Trường Lọc");
        Viewer author = viewerOf(members.create(networkAdmin(), school.getId(), new NewMember(unique("tg"), "Tác Giả Lọc", null, Role.TEACHER)), school, false, false);
        String token = unique("loc").replace(".", "");
        StoredBlob blob = new StoredBlob(UUID.randomUUID().toString().replace("-", "").repeat(2), 42);
        long video = withFile(author, authoring.draft(author, school.getId(), new ResourceDetails(token + " video", null,
                ResourceType.VIDEO, Set.of("6520227"), TrainingLevel.COLLEGE, "vi", Licence.CC_BY, Set.of(), null,
                SharingScope.PRIVATE)).getId(), blob);
        long document = withFile(author, authoring.draft(author, school.getId(), new ResourceDetails(token + " tài liệu", null,
                ResourceType.DOCUMENT, Set.of("6510303"), TrainingLevel.INTERMEDIATE, "en", Licence.CC_BY_NC, Set.of(), null,
                SharingScope.PRIVATE)).getId(), blob);

        assertEquals(Set.of(video), ids(resources.authoredBy(author, new LibraryQuery(ResourceType.VIDEO, null, null, null, null, null, token), 0, 10, "title", true)));
        assertEquals(Set.of(document), ids(resources.authoredBy(author, new LibraryQuery(null, "6510303", null, null, null, null, token), 0, 10, "title", true)));
        assertEquals(Set.of(document), ids(resources.authoredBy(author, new LibraryQuery(null, null, TrainingLevel.INTERMEDIATE, null, null, null, token), 0, 10, "title", true)));
        assertEquals(Set.of(document), ids(resources.authoredBy(author, new LibraryQuery(null, null, null, Licence.CC_BY_NC, null, null, token), 0, 10, "title", true)));
        assertEquals(Set.of(video), ids(resources.authoredBy(author, new LibraryQuery(null, null, null, null, null, "vi", token), 0, 10, "title", true)));
        assertEquals(Set.of(video, document), ids(resources.authoredBy(author, new LibraryQuery(null, null, null, null, school.getId(), null, token.toUpperCase()), 0, 10, "title", true)));
        assertTrue(resources.blobInUse(blob.sha256()), "both versions point at the same bytes");
        assertFalse(resources.blobInUse("0".repeat(64)));
    }

    @Inject
    PersonalCollection collection;

    @Test
    void collectionsHoldOnlyVisiblePublishedMaterialAndNoticeNewVersions() {
        Institution a = school("Trường Bộ sưu tập A");
        Institution b = school("Trường Bộ sưu tập B");
        Viewer author = viewerOf(members.create(networkAdmin(), a.getId(), new NewMember(unique("tg"), "Tác Giả Mạng", null, Role.TEACHER)), a, false, false);
        Viewer reuser = viewerOf(members.create(networkAdmin(), b.getId(), new NewMember(unique("gv"), "Giáo Viên Dùng Lại", null, Role.TEACHER)), b, false, false);
        Viewer librarian = viewerOf(members.create(networkAdmin(), b.getId(), new NewMember(unique("tv"), "Thủ Thư Mạng", null, Role.TEACHER)), b, false, true);
        StoredBlob v1 = new StoredBlob(UUID.randomUUID().toString().replace("-", "").repeat(2), 10);
        long shared = withFile(author, authoring.draft(author, a.getId(), details(unique("ch"), SharingScope.NETWORK,
                ResourceType.DOCUMENT, Licence.CC_BY)).getId(), v1);
        long schoolOnly = withFile(author, authoring.draft(author, a.getId(), details(unique("tr"), SharingScope.SCHOOL,
                ResourceType.DOCUMENT, Licence.CC_BY)).getId(), v1);

        assertThrows(ResourceNotFoundException.class, () -> collection.add(reuser, shared), "not yet published");
        review.submit(author, shared);
        review.approve(librarian, shared, null);
        assertThrows(ResourceNotFoundException.class, () -> collection.add(reuser, schoolOnly), "another school's");

        long itemId = collection.add(reuser, shared).getId();
        assertEquals(itemId, collection.add(reuser, shared).getId(), "adding twice keeps one entry");
        assertFalse(collection.items(reuser).get(0).hasNewerVersion());

        authoring.addVersion(author, shared, new StoredBlob(UUID.randomUUID().toString().replace("-", "").repeat(2), 20),
                "v2.pdf", "application/pdf", "bản 2");
        assertFalse(collection.items(reuser).get(0).hasNewerVersion(), "a new file reaches others only after review");
        review.submit(author, shared);
        review.approve(librarian, shared, "bản 2 đạt");
        assertTrue(collection.items(reuser).get(0).hasNewerVersion());
        collection.takeLatest(reuser, itemId);
        assertEquals(2, collection.items(reuser).get(0).getVersionTaken());
        assertThrows(ResourceNotFoundException.class, () -> collection.remove(author, itemId), "only its owner removes it");
        collection.remove(reuser, itemId);
        assertTrue(collection.items(reuser).isEmpty());
    }

    @Inject
    vn.tvet.lms.search.SearchIndex searchIndex;

    @Test
    void aSavedChangeIsQueuedWithItsTransactionAndSoonSearchableByThoseWhoMaySeeIt() throws InterruptedException {
        Institution school = school("Trường tìm kiếm");
        Viewer author = viewerOf(members.create(networkAdmin(), school.getId(), new NewMember(unique("tk"), "Tác Giả", null, Role.TEACHER)),
                school, false, false);
        Viewer colleague = viewerOf(members.create(networkAdmin(), school.getId(), new NewMember(unique("dn"), "Đồng Nghiệp", null,
                Role.TEACHER)), school, false, false);
        String token = "tk" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long id = authoring.draft(author, school.getId(), details("Giáo trình " + token + " Điện công nghiệp",
                SharingScope.SCHOOL, ResourceType.DOCUMENT, Licence.CC_BY)).getId();

        long deadline = System.nanoTime() + 10_000_000_000L;
        while (searchIndex.search(vn.tvet.lms.search.SearchQuery.of(token + " dien cong nghiep"), author).total() == 0) {
            assertTrue(System.nanoTime() < deadline, "the draft never became searchable");
            Thread.sleep(10);
        }
        assertEquals(0, searchIndex.search(vn.tvet.lms.search.SearchQuery.of(token), colleague).total(),
                "a draft is its author's alone");

        withFile(author, id, new StoredBlob(UUID.randomUUID().toString().replace("-", "").repeat(2), 10));
        review.submit(author, id);
        Viewer admin = viewerOf(members.create(networkAdmin(), school.getId(), new NewMember(unique("qt"), "Quản Trị", null,
                Role.SCHOOL_ADMIN)), school, true, false);
        review.approve(admin, id, null);
        while (searchIndex.search(vn.tvet.lms.search.SearchQuery.of(token), colleague).total() == 0) {
            assertTrue(System.nanoTime() < deadline + 10_000_000_000L, "publishing never reached the index");
            Thread.sleep(10);
        }
    }

    private long withFile(Viewer author, long resourceId, StoredBlob blob) {
        authoring.addVersion(author, resourceId, blob, "tep.pdf", "application/pdf", null);
        return resourceId;
    }

    private static Set<Long> ids(List<LearningResource> list) {
        return list.stream().map(LearningResource::getId).collect(Collectors.toSet());
    }

    // ---- modules: versions learners keep, linked copies, credit transfer, and what search shows ----

    @Inject
    vn.tvet.lms.courseware.ModuleAuthoring modules;

    @Inject
    vn.tvet.lms.courseware.ModuleSharing sharing;

    @Inject
    vn.tvet.lms.courseware.ModuleLearning learning;

    private record ModuleSetup(Institution school, Viewer teacher, long moduleId, long lessonId) {
    }

    /** A module with one lesson holding a page and a quiz, published once. */
    private ModuleSetup publishedModule(String schoolName) {
        Institution school = school(schoolName);
        Viewer teacher = viewerOf(members.create(networkAdmin(), school.getId(), new NewMember(unique("gv"), "Giáo Viên", null, Role.TEACHER)),
                school, false, false);
        long moduleId = modules.create(teacher, school.getId(), "MĐ01", "Đo lường điện").getId();
        modules.addOutcome(teacher, school.getId(), moduleId, "KN1", "Đo được điện trở cách điện");
        long lessonId = modules.addLesson(teacher, school.getId(), moduleId, "Bài 1: Đồng hồ vạn năng");
        modules.addActivity(teacher, school.getId(), moduleId, lessonId, new vn.tvet.lms.courseware.ModuleContent.Activity(
                vn.tvet.lms.courseware.ActivityKind.PAGE, "Lưu ý", null, "<p>Ngắt nguồn<script>x()</script></p>", null, List.of()));
        modules.addActivity(teacher, school.getId(), moduleId, lessonId, new vn.tvet.lms.courseware.ModuleContent.Activity(
                vn.tvet.lms.courseware.ActivityKind.QUIZ, "Kiểm tra", null, null, null,
                vn.tvet.lms.courseware.AikenQuiz.parse("Điện áp an toàn?\nA. 12 V\nB. 220 V\nANSWER: A")));
        assertEquals(1, modules.publish(teacher, school.getId(), moduleId, "Bản đầu").getNumber());
        return new ModuleSetup(school, teacher, moduleId, lessonId);
    }

    @Test
    void learnersKeepTheVersionTheyStartedUntilTheTeacherMovesThem() {
        ModuleSetup m = publishedModule("Trường phiên bản");
        long learner = members.create(networkAdmin(), m.school().getId(), new NewMember(unique("sv"), "Người Học", null, Role.STUDENT)).personId();
        var started = learning.start(m.school().getId(), learner, m.moduleId());
        assertEquals(1, started.version());
        assertEquals("<p>Ngắt nguồn</p>", started.content().lessons().get(0).activities().get(0).body(), "script never stored");

        modules.addLesson(m.teacher(), m.school().getId(), m.moduleId(), "Bài 2: Megaohm kế");
        assertEquals(2, modules.publish(m.teacher(), m.school().getId(), m.moduleId(), null).getNumber());
        var studying = learning.studying(m.school().getId(), learner, m.moduleId()).orElseThrow();
        assertEquals(1, studying.version());
        assertEquals(2, studying.newestVersion());
        assertEquals(1, studying.content().lessons().size(), "the started version, read back from the database");
        assertEquals(1, learning.start(m.school().getId(), learner, m.moduleId()).version(), "starting again changes nothing");

        long newcomer = members.create(networkAdmin(), m.school().getId(), new NewMember(unique("sv"), "Người Mới", null, Role.STUDENT)).personId();
        assertEquals(2, learning.start(m.school().getId(), newcomer, m.moduleId()).version());

        assertEquals(1, modules.migrateLearners(m.teacher(), m.school().getId(), m.moduleId(), Set.of()));
        assertEquals(2, learning.studying(m.school().getId(), learner, m.moduleId()).orElseThrow().content().lessons().size());
        assertEquals(0, modules.migrateLearners(m.teacher(), m.school().getId(), m.moduleId(), Set.of()), "moving is idempotent");

        Viewer stranger = viewerOf(members.create(networkAdmin(), m.school().getId(), new NewMember(unique("gv"), "Đồng Nghiệp", null,
                Role.TEACHER)), m.school(), false, false);
        assertEquals(vn.tvet.lms.courseware.ModuleRuleException.Reason.NOT_ALLOWED, assertThrows(
                vn.tvet.lms.courseware.ModuleRuleException.class,
                () -> modules.publish(stranger, m.school().getId(), m.moduleId(), null)).reason());
        Institution other = school("Trường khác");
        assertThrows(vn.tvet.lms.courseware.ModuleNotFoundException.class, () -> modules.get(other.getId(), m.moduleId()));
    }

    @Test
    void aLinkedCopyFollowsItsUpstreamOnlyWhenAskedAndOnlyWhileShared() {
        ModuleSetup m = publishedModule("Trường gốc");
        // a network library admin: the role is what the viewer carries
        Viewer librarian = new Viewer(members.create(networkAdmin(), school("Thư viện mạng lưới").getId(), new NewMember(unique("tv"),
                "Thủ Thư", null, Role.TEACHER)).personId(), Set.of(), Set.of(), true);
        Institution adopterSchool = school("Trường dùng lại");
        Viewer adopter = viewerOf(members.create(networkAdmin(), adopterSchool.getId(), new NewMember(unique("gv"), "Giáo Viên Khác", null,
                Role.TEACHER)), adopterSchool, false, false);
        assertThrows(vn.tvet.lms.courseware.ModuleNotFoundException.class,
                () -> sharing.adopt(adopter, adopterSchool.getId(), m.moduleId(), "QN01"), "not shared yet");

        sharing.askToShare(m.teacher(), m.school().getId(), m.moduleId());
        assertTrue(sharing.awaitingReview(librarian).stream().anyMatch(x -> x.getId() == m.moduleId()));
        sharing.approve(librarian, m.moduleId(), "Tốt");
        assertEquals(vn.tvet.lms.courseware.ModuleRuleException.Reason.OWN_MODULE, assertThrows(
                vn.tvet.lms.courseware.ModuleRuleException.class,
                () -> sharing.adopt(m.teacher(), m.school().getId(), m.moduleId(), "MĐ99")).reason());

        long copyId = sharing.adopt(adopter, adopterSchool.getId(), m.moduleId(), "QN-MĐ01").getId();
        var copy = modules.get(adopterSchool.getId(), copyId);
        assertEquals("QN-MĐ01", copy.getCode());
        assertEquals(1, copy.getUpstreamVersion());
        assertEquals(2, copy.getLessons().get(0).getActivities().size());
        assertTrue(sharing.upstreamUpdate(adopterSchool.getId(), copyId).isEmpty());

        // the copy's own edit, then a new upstream version it does not get until it asks
        modules.addLesson(adopter, adopterSchool.getId(), copyId, "Bài riêng của trường");
        modules.addLesson(m.teacher(), m.school().getId(), m.moduleId(), "Bài 2: Megaohm kế");
        modules.publish(m.teacher(), m.school().getId(), m.moduleId(), "Thêm bài 2");
        assertEquals(2, modules.get(adopterSchool.getId(), copyId).getLessons().size());
        var update = sharing.upstreamUpdate(adopterSchool.getId(), copyId).orElseThrow();
        assertEquals(2, update.version());
        assertEquals("Thêm bài 2", update.note());

        assertEquals(2, sharing.takeUpstream(adopter, adopterSchool.getId(), copyId));
        var updated = modules.get(adopterSchool.getId(), copyId);
        assertEquals(List.of("Bài 1: Đồng hồ vạn năng", "Bài 2: Megaohm kế"),
                updated.getLessons().stream().map(vn.tvet.lms.courseware.ModuleLesson::getTitle).toList());
        assertEquals(2, updated.getUpstreamVersion());
        assertTrue(sharing.upstreamUpdate(adopterSchool.getId(), copyId).isEmpty());

        modules.publish(m.teacher(), m.school().getId(), m.moduleId(), null);
        sharing.stopSharing(m.teacher(), m.school().getId(), m.moduleId());
        assertTrue(sharing.upstreamUpdate(adopterSchool.getId(), copyId).isEmpty(), "no updates once sharing stopped");
        assertThrows(vn.tvet.lms.courseware.ModuleRuleException.class,
                () -> sharing.takeUpstream(adopter, adopterSchool.getId(), copyId));
        assertEquals(2, modules.get(adopterSchool.getId(), copyId).getUpstreamVersion(), "the copy keeps what it took");
    }

    @Inject
    vn.tvet.lms.programme.ProgrammeAuthoring programmes;

    @Inject
    vn.tvet.lms.programme.CreditTransfer creditTransfer;

    @Test
    void creditEquivalencesHoldBothWaysButNotByChain() {
        Institution first = school("Trường liên thông A");
        Institution second = school("Trường liên thông B");
        Viewer admin = viewerOf(members.create(networkAdmin(), first.getId(), new NewMember(unique("qt"), "Quản Trị", null, Role.SCHOOL_ADMIN)),
                first, true, false);
        long a = courseOf(first, "MĐ01");
        long b = courseOf(second, "MĐ11");
        long c = courseOf(second, "MĐ21");
        creditTransfer.record(admin, first.getId(), a, b, "Cùng chuẩn đầu ra");
        assertEquals(Set.of(b), creditTransfer.countsFor(a));
        assertEquals(Set.of(a), creditTransfer.countsFor(b), "an equivalence holds both ways");
        assertEquals(vn.tvet.lms.programme.ProgrammeRuleException.Reason.EQUIVALENCE_EXISTS, assertThrows(
                vn.tvet.lms.programme.ProgrammeRuleException.class,
                () -> creditTransfer.record(admin, first.getId(), a, b, null)).reason());
        assertThrows(vn.tvet.lms.programme.ProgrammeNotFoundException.class,
                () -> creditTransfer.record(admin, first.getId(), b, c, null), "only from the acting school's own course");
        Viewer secondAdmin = viewerOf(members.create(networkAdmin(), second.getId(), new NewMember(unique("qt"), "Quản Trị B", null,
                Role.SCHOOL_ADMIN)), second, true, false);
        creditTransfer.record(secondAdmin, second.getId(), b, c, null);
        assertFalse(creditTransfer.countsFor(a).contains(c), "A = B and B = C do not make A = C");
    }

    private long courseOf(Institution school, String courseCode) {
        long programmeId = programmes.create(adminOf(school.getId()), school.getId(), unique("CT"), "Điện công nghiệp", "6520227", 60).getId();
        programmes.addCourse(adminOf(school.getId()), school.getId(), programmeId, new vn.tvet.lms.programme.CourseDetails(courseCode, "Đo lường điện",
                vn.tvet.lms.programme.CourseKind.MODULE, 3, 15, 60));
        return programmes.get(school.getId(), programmeId).getCourses().get(0).getId();
    }

    @Inject
    vn.tvet.lms.catalog.FrameworkCatalogue frameworkCatalogue;

    @Inject
    vn.tvet.lms.catalog.OccupationCatalogue occupationCatalogue;

    @Test
    void aFormMayNameOccupationsOrGiveTheirCodes() {
        assertEquals(List.of("6520227", "6520205"), occupationCatalogue.codesFor("dien CONG nghiep; 6520205",
                TrainingLevel.COLLEGE).codes(), "a name becomes the code at the chosen level, diacritics aside");
        assertEquals(List.of("5520227", "6520227"), occupationCatalogue.codesFor("Điện công nghiệp", null).codes(),
                "without a level, the occupation at every level");
        assertEquals(List.of("6520227", "6520205"), occupationCatalogue.codesFor("6520227 6520205", null).codes());
        assertEquals(List.of("Nghề không có"), occupationCatalogue.codesFor("6520227, Nghề không có", null).unknown());
    }

    @Test
    void modulesProgrammesAndFrameworksAreSearchableByThoseAllowedToSeeThem() throws InterruptedException {
        String token = "mdl" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Institution school = school("Trường tìm mô đun");
        Viewer teacher = viewerOf(members.create(networkAdmin(), school.getId(), new NewMember(unique("gv"), "Tác Giả", null, Role.TEACHER)),
                school, false, false);
        Viewer student = viewerOf(members.create(networkAdmin(), school.getId(), new NewMember(unique("sv"), "Học Sinh", null, Role.STUDENT)),
                school, false, false);
        Institution other = school("Trường ngoài");
        Viewer outsider = viewerOf(members.create(networkAdmin(), other.getId(), new NewMember(unique("gv"), "Người Ngoài", null, Role.TEACHER)),
                other, false, false);
        long moduleId = modules.create(teacher, school.getId(), "MĐ" + token.substring(3, 8), "Mô đun " + token + " đo lường").getId();
        long lessonId = modules.addLesson(teacher, school.getId(), moduleId, "Bài 1");
        modules.addActivity(teacher, school.getId(), moduleId, lessonId, new vn.tvet.lms.courseware.ModuleContent.Activity(
                vn.tvet.lms.courseware.ActivityKind.PRACTICAL_TASK, "Đo cách điện", null, "Dùng megaohm kế", null, List.of()));
        awaitHits(token + " do luong", teacher, 1);
        awaitHits(token + " megaohm", teacher, 1);
        assertEquals(0, hits(token, student), "a draft module is its author's alone");

        modules.publish(teacher, school.getId(), moduleId, null);
        awaitHits(token, student, 1);
        assertEquals(0, hits(token, outsider));
        var hit = searchIndex.search(vn.tvet.lms.search.SearchQuery.of(token), student).hits().get(0);
        assertEquals(vn.tvet.lms.search.DocumentKind.MODULE, hit.kind());

        long programmeId = programmes.create(adminOf(school.getId()), school.getId(), unique("CT"), "Chương trình " + token, "6520227", 60).getId();
        awaitHits("chuong trinh " + token, teacher, 1);
        // One rule for programmes: known across the network to signed-in people (as the credit-transfer picker
        // needs), read-only outside their school, unknown to anonymous callers.
        awaitHits("chuong trinh " + token, outsider, 1);
        assertEquals(0, hits("chuong trinh " + token, Viewer.ANONYMOUS), "programmes are for signed-in users");
        assertEquals("Chương trình " + token, programmes.read(outsider, programmeId).getTitle());
        assertThrows(vn.tvet.lms.programme.ProgrammeNotFoundException.class,
                () -> programmes.read(Viewer.ANONYMOUS, programmeId));
        assertThrows(vn.tvet.lms.programme.ProgrammeNotFoundException.class,
                () -> programmes.describe(adminOf(other.getId()), other.getId(), programmeId, "Đổi tên", 60), "changed only by its school");
        assertEquals(vn.tvet.lms.search.DocumentKind.PROGRAMME,
                searchIndex.search(vn.tvet.lms.search.SearchQuery.of("chuong trinh " + token), teacher).hits().get(0).kind());
        assertTrue(programmeId > 0);

        frameworkCatalogue.importVersion(networkAdmin(), vn.tvet.lms.catalog.FrameworkCsv.read(new StringReader(
                "loại,mã,mã cha,nội dung,bậc\nđơn vị,U1,,Vận hành " + token + " an toàn,2\n"),
                "urn:test:" + token, "TC-" + token.substring(3, 9), "Tiêu chuẩn thử", "1", null, false, true));
        awaitHits("van hanh " + token, outsider, 1);
        assertEquals(0, hits("van hanh " + token, Viewer.ANONYMOUS), "frameworks are for signed-in users");
    }

    private long hits(String text, Viewer viewer) {
        return searchIndex.search(vn.tvet.lms.search.SearchQuery.of(text), viewer).total();
    }

    private void awaitHits(String text, Viewer viewer, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (hits(text, viewer) != expected) {
            assertTrue(System.nanoTime() < deadline, "\"" + text + "\" never reached " + expected + " hits");
            Thread.sleep(10);
        }
    }

    @Inject
    vn.tvet.lms.programme.Programmes programmeRepository;

    @Test
    void aModuleThatIsTheContentOfAProgrammeModuleCountsInTheProgrammesCoverageAndTheIndicator() {
        String token = UUID.randomUUID().toString().substring(0, 6);
        var framework = frameworkCatalogue.importVersion(networkAdmin(), vn.tvet.lms.catalog.FrameworkCsv.read(new StringReader(
                "loại,mã,mã cha,nội dung,bậc\nđơn vị,U1,,Đo lường,2\nthành phần,U1.1,U1,Đo cách điện,\nđơn vị,U2,,Sửa chữa,3\n"),
                "urn:test:cov:" + token, "TC-COV-" + token, "Tiêu chuẩn phủ", "1", null, false, false));
        long element = framework.getItems().stream().filter(i -> i.getCode().equals("U1.1")).findFirst().orElseThrow().getId();
        Institution school = school("Trường phủ năng lực");
        Viewer teacher = viewerOf(members.create(networkAdmin(), school.getId(), new NewMember(unique("gv"), "Giáo Viên", null, Role.TEACHER)),
                school, false, false);
        long programmeId = programmes.create(adminOf(school.getId()), school.getId(), unique("CT"), "Điện công nghiệp", "6520227", 60).getId();
        programmes.addCourse(adminOf(school.getId()), school.getId(), programmeId, new vn.tvet.lms.programme.CourseDetails("MĐ07", "Đo lường điện",
                vn.tvet.lms.programme.CourseKind.MODULE, 3, 15, 60));
        long courseId = programmes.get(school.getId(), programmeId).getCourses().get(0).getId();
        long before = programmeRepository.mappingIndicator().mapped();
        assertEquals(0, programmes.competencyCoverage(school.getId(), programmeId, framework.getId()).percentCovered());

        long moduleId = modules.create(teacher, school.getId(), "MĐ07", "Đo lường điện").getId();
        modules.addOutcome(teacher, school.getId(), moduleId, "KN1", "Đo được điện trở cách điện");
        modules.mapOutcome(teacher, school.getId(), moduleId, "KN1", Set.of(element));
        modules.teachFor(teacher, school.getId(), moduleId, courseId);

        var coverage = programmes.competencyCoverage(school.getId(), programmeId, framework.getId());
        assertEquals(50, coverage.percentCovered(), "U1 is built through its element; U2 by nothing");
        assertEquals(List.of("MĐ07 Đo lường điện"), coverage.units().get(0).courses());
        assertEquals(before + 1, programmeRepository.mappingIndicator().mapped());

        Institution other = school("Trường khác");
        Viewer stranger = viewerOf(members.create(networkAdmin(), other.getId(), new NewMember(unique("gv"), "Người Khác", null, Role.TEACHER)),
                other, false, false);
        long foreignModule = modules.create(stranger, other.getId(), "MĐ01", "Khác").getId();
        assertThrows(vn.tvet.lms.courseware.ModuleRuleException.class,
                () -> modules.teachFor(stranger, other.getId(), foreignModule, courseId), "another school's programme");
    }
    @Inject
    vn.tvet.lms.classes.ClassTeaching classTeaching;

    @Inject
    vn.tvet.lms.courseware.CourseModules moduleRepository;

    @Test
    void classesAreRunByTheirTeachersAndJoinedByTheSchoolsLearnersOnly() throws Exception {
        Institution a = school("Trường Lớp Học A");
        Institution b = school("Trường Lớp Học B");
        Viewer teacher = viewerOf(members.create(networkAdmin(), a.getId(), new NewMember(unique("gv"), "Giáo Viên Lớp", null,
                Role.TEACHER)), a, false, false);
        Viewer colleague = viewerOf(members.create(networkAdmin(), a.getId(), new NewMember(unique("gv"), "Đồng Nghiệp Lớp",
                null, Role.TEACHER)), a, false, false);
        Viewer admin = viewerOf(members.create(networkAdmin(), a.getId(), new NewMember(unique("qt"), "Quản Trị Lớp", null,
                Role.SCHOOL_ADMIN)), a, true, false);
        Viewer lan = viewerOf(members.create(networkAdmin(), a.getId(), new NewMember(unique("sv"), "Nguyễn Thị Lan", null,
                Role.STUDENT)), a, false, false);
        Viewer tuan = viewerOf(members.create(networkAdmin(), a.getId(), new NewMember(unique("sv"), "Phạm Minh Tuấn", null,
                Role.STUDENT)), a, false, false);
        Viewer hoa = viewerOf(members.create(networkAdmin(), a.getId(), new NewMember(unique("sv"), "Lê Thu Hoa", null,
                Role.STUDENT)), a, false, false);
        Viewer otherStudent = viewerOf(members.create(networkAdmin(), b.getId(), new NewMember(unique("sv"), "Học Sinh B", null,
                Role.STUDENT)), b, false, false);
        Viewer otherTeacher = viewerOf(members.create(networkAdmin(), b.getId(), new NewMember(unique("gv"), "Giáo Viên B",
                null, Role.TEACHER)), b, false, false);
        long moduleId = modules.create(teacher, a.getId(), "MĐ07", "Lắp đặt tủ điện").getId();
        long lessonId = modules.addLesson(teacher, a.getId(), moduleId, "Bài 1");
        modules.addActivity(teacher, a.getId(), moduleId, lessonId, new vn.tvet.lms.courseware.ModuleContent.Activity(
                vn.tvet.lms.courseware.ActivityKind.PAGE, "Trang 1", null, "<p>Nội dung</p>", null, List.of()));
        java.time.LocalDate start = java.time.LocalDate.now();
        var details = new vn.tvet.lms.classes.ClassDetails("k24a-md07", "Lớp K24A", start, start.plusMonths(3));
        Class<vn.tvet.lms.classes.ClassRuleException> rule = vn.tvet.lms.classes.ClassRuleException.class;
        Class<vn.tvet.lms.classes.ClassNotFoundException> notFound = vn.tvet.lms.classes.ClassNotFoundException.class;
        Class<vn.tvet.lms.account.AccessRefusedException> refused = vn.tvet.lms.account.AccessRefusedException.class;

        assertEquals(vn.tvet.lms.classes.ClassRuleException.Reason.MODULE_NOT_PUBLISHED, assertThrows(rule,
                () -> classTeaching.open(teacher, a.getId(), moduleId, details)).reason(), "a draft module has no class");
        modules.publish(teacher, a.getId(), moduleId, null);
        assertThrows(refused, () -> classTeaching.open(lan, a.getId(), moduleId, details), "learners open no classes");
        assertThrows(refused, () -> classTeaching.open(otherTeacher, a.getId(), moduleId, details));
        long classId = classTeaching.open(teacher, a.getId(), moduleId, details).getId();
        assertEquals(vn.tvet.lms.classes.ClassRuleException.Reason.CODE_TAKEN, assertThrows(rule,
                () -> classTeaching.open(colleague, a.getId(), moduleId, new vn.tvet.lms.classes.ClassDetails("K24A-MĐ07".replace("Đ", "D"),
                        "Trùng mã", start, start))).reason(), "codes are unique per school, case aside");
        assertEquals(vn.tvet.lms.classes.ClassRuleException.Reason.ENDS_BEFORE_START, assertThrows(rule,
                () -> new vn.tvet.lms.classes.ClassDetails("X", "Lớp", start, start.minusDays(1))).reason());

        // who sees the class: its teacher and the school's admins; a colleague and other schools get 404
        assertEquals(Set.of(classId), classTeaching.classes(teacher, a.getId(), null, 0, 20, "code", true).rows().stream()
                .map(vn.tvet.lms.classes.SchoolClass::getId).collect(Collectors.toSet()));
        assertTrue(classTeaching.classes(colleague, a.getId(), null, 0, 20, null, true).rows().isEmpty());
        assertEquals(1, classTeaching.classes(admin, a.getId(), "lop k24", 0, 20, null, true).total(),
                "the name filter folds diacritics");
        assertThrows(notFound, () -> classTeaching.get(colleague, a.getId(), classId));
        assertThrows(notFound, () -> classTeaching.get(otherTeacher, b.getId(), classId));
        assertThrows(notFound, () -> classTeaching.enrol(otherTeacher, b.getId(), classId, List.of(otherStudent.personId())));
        assertThrows(notFound, () -> classTeaching.enrol(colleague, a.getId(), classId, List.of(lan.personId())));

        // enrolment: the school's learners only, idempotent, each pinned to the class's version
        assertEquals(vn.tvet.lms.classes.ClassRuleException.Reason.NOT_A_STUDENT, assertThrows(rule,
                () -> classTeaching.enrol(teacher, a.getId(), classId, List.of(otherStudent.personId()))).reason());
        assertEquals(vn.tvet.lms.classes.ClassRuleException.Reason.NOT_A_STUDENT, assertThrows(rule,
                () -> classTeaching.enrol(teacher, a.getId(), classId, List.of(colleague.personId()))).reason());
        assertEquals(2, classTeaching.candidates(teacher, a.getId(), classId, "n", 0, 50).total(),
                "“n” is in Lan and Tuấn, not in Hoa");
        assertEquals(2, classTeaching.enrol(teacher, a.getId(), classId, List.of(lan.personId(), tuan.personId())));
        assertEquals(0, classTeaching.enrol(admin, a.getId(), classId, List.of(lan.personId(), lan.personId())),
                "enrolling again changes nothing");
        assertEquals(1, moduleRepository.learner(moduleId, lan.personId()).orElseThrow().getVersion().getNumber());
        assertEquals(List.of(hoa.personId()), classTeaching.candidates(teacher, a.getId(), classId, null, 0, 50).rows()
                .stream().map(Person::getId).toList());
        assertEquals(classId, classTeaching.get(lan, a.getId(), classId).getId(), "a learner sees their class");
        assertThrows(refused, () -> classTeaching.enrol(lan, a.getId(), classId, List.of(hoa.personId())),
                "but does not run it");

        // an enrolment file: each line says whom it names or why it is skipped; nothing is written by the preview
        String usernames = "ma_nguoi_hoc,ghi_chu\n" + people.get(hoa.personId()).getUsername().toUpperCase() + ",lớp trưởng\n"
                + people.get(lan.personId()).getUsername() + "\n" + people.get(otherStudent.personId()).getUsername() + "\n"
                + people.get(hoa.personId()).getUsername() + "\nkhong.co.ai\n" + people.get(colleague.personId()).getUsername() + "\n";
        var lines = classTeaching.previewEnrolment(teacher, a.getId(), classId, new StringReader(usernames));
        assertEquals(java.util.Arrays.asList(null, vn.tvet.lms.classes.EnrolmentRow.Problem.ALREADY_IN_CLASS,
                vn.tvet.lms.classes.EnrolmentRow.Problem.NOT_A_LEARNER_HERE, vn.tvet.lms.classes.EnrolmentRow.Problem.DUPLICATE_IN_FILE,
                vn.tvet.lms.classes.EnrolmentRow.Problem.NOT_A_LEARNER_HERE, vn.tvet.lms.classes.EnrolmentRow.Problem.NOT_A_LEARNER_HERE),
                lines.stream().map(vn.tvet.lms.classes.EnrolmentRow::problem).toList(), lines.toString());
        assertEquals(hoa.personId(), lines.get(0).personId(), "codes are read case aside");
        assertEquals(2, classTeaching.enrolments(teacher, a.getId(), classId).size(), "the preview writes nothing");
        assertThrows(notFound, () -> classTeaching.previewEnrolment(colleague, a.getId(), classId, new StringReader(usernames)));

        // withdrawal keeps the row; enrolling again reopens it
        assertTrue(classTeaching.withdraw(teacher, a.getId(), classId, tuan.personId()));
        assertTrue(classTeaching.myClasses(tuan).isEmpty());
        var rows = classTeaching.enrolments(teacher, a.getId(), classId);
        assertEquals(2, rows.size(), "the withdrawn learner stays listed");
        assertFalse(rows.get(1).isActive());
        assertEquals(1, classTeaching.enrol(teacher, a.getId(), classId, List.of(tuan.personId())));
        assertEquals(2, classTeaching.enrolments(teacher, a.getId(), classId).size(), "the same row came back");

        // the class key: learners of the school join by themselves, nobody else
        String key = classTeaching.changeKey(teacher, a.getId(), classId, true);
        assertEquals(8, key.length());
        assertThrows(refused, () -> classJoining.join(otherStudent, a.getId(), key));
        assertThrows(refused, () -> classJoining.join(colleague, a.getId(), key));
        assertEquals(vn.tvet.lms.classes.ClassRuleException.Reason.UNKNOWN_KEY, assertThrows(rule,
                () -> classJoining.join(hoa, a.getId(), "SAIMA123")).reason());
        assertEquals(classId, classJoining.join(hoa, a.getId(), " " + key.toLowerCase() + " ").classId());
        assertEquals(List.of("Lớp K24A"), classTeaching.myClasses(hoa).stream()
                .map(e -> e.getSchoolClass().getName()).toList());
        classTeaching.changeKey(teacher, a.getId(), classId, false);
        assertThrows(rule, () -> classJoining.join(hoa, a.getId(), key), "a removed key no longer works");

        // teachers: a colleague added sees and runs the class; the last teacher cannot leave
        assertTrue(classTeaching.addTeacher(admin, a.getId(), classId, colleague.personId()));
        assertEquals(3, classTeaching.enrolments(colleague, a.getId(), classId).size());
        assertEquals(vn.tvet.lms.classes.ClassRuleException.Reason.NOT_A_TEACHER, assertThrows(rule,
                () -> classTeaching.addTeacher(teacher, a.getId(), classId, lan.personId())).reason());
        assertTrue(classTeaching.removeTeacher(colleague, a.getId(), classId, teacher.personId()));
        assertEquals(vn.tvet.lms.classes.ClassRuleException.Reason.LAST_TEACHER, assertThrows(rule,
                () -> classTeaching.removeTeacher(colleague, a.getId(), classId, colleague.personId())).reason());
        assertThrows(notFound, () -> classTeaching.get(teacher, a.getId(), classId), "a former teacher no longer sees it");
    }
    @Inject
    vn.tvet.lms.learning.ClassLearning classLearning;

    @Inject
    vn.tvet.lms.learning.ClassPlanning classPlanning;

    @Inject
    vn.tvet.lms.learning.LearningRecord learningRecord;

    @Inject
    vn.tvet.lms.learning.LearnerRecords learnerRecords;

    @Inject
    vn.tvet.lms.quiz.QuizTaking quizTaking;

    @Inject
    vn.tvet.lms.quiz.QuizMarking quizMarking;

    @Inject
    vn.tvet.lms.questions.QuestionBank questionBank;

    /** The response picking the choice with this text, in the positions the attempt shows. */
    private static vn.tvet.lms.questions.Response pick(vn.tvet.lms.quiz.AttemptView sheet, int slot, String choice) {
        int position = sheet.questions().get(slot).choices().indexOf(choice);
        assertTrue(position >= 0, choice + " is offered");
        return vn.tvet.lms.questions.Response.picked(List.of(position));
    }

    /** Starts an attempt at the class's step 1, answers its questions in order with the choices named, submits. */
    private vn.tvet.lms.quiz.AttemptView answerQuiz(Viewer learner, long schoolId, long classId, String... choices) {
        UUID attempt = quizTaking.start(learner, schoolId, classId, 1);
        var sheet = quizTaking.view(learner, schoolId, classId, attempt);
        for (int slot = 0; slot < choices.length; slot++) {
            quizTaking.save(learner, schoolId, classId, attempt, slot, pick(sheet, slot, choices[slot]));
        }
        return quizTaking.submit(learner, schoolId, classId, attempt);
    }

    private List<vn.tvet.lms.learning.LessonStep> studied(Viewer learner, long schoolId, long classId) {
        return classLearning.studying(learner, schoolId, classId).steps();
    }

    @Test
    void teachersChooseWhatCompletesEachActivityAndTheModule() throws Exception {
        Institution school = school("Trường Hoàn Thành");
        Viewer teacher = viewerOf(members.create(networkAdmin(), school.getId(), new NewMember(unique("gv"), "Giáo Viên Hoàn Thành",
                null, Role.TEACHER)), school, false, false);
        Viewer learner = viewerOf(members.create(networkAdmin(), school.getId(), new NewMember(unique("sv"), "Lê Văn Xem",
                null, Role.STUDENT)), school, false, false);
        Viewer classmate = viewerOf(members.create(networkAdmin(), school.getId(), new NewMember(unique("sv"), "Phạm Thị Điểm",
                null, Role.STUDENT)), school, false, false);
        long video = withFile(teacher, authoring.draft(teacher, school.getId(), details("Video cắt điện", SharingScope.SCHOOL,
                ResourceType.VIDEO, Licence.CC_BY)).getId(), new StoredBlob(UUID.randomUUID().toString().replace("-", "")
                        .repeat(2), 10));
        review.submit(teacher, video);
        review.approve(adminOf(school.getId()), video, null);
        long moduleId = modules.create(teacher, school.getId(), "MĐ11", "Hoàn thành").getId();
        long lesson = modules.addLesson(teacher, school.getId(), moduleId, "Bài 1");
        modules.addActivity(teacher, school.getId(), moduleId, lesson, new vn.tvet.lms.courseware.ModuleContent.Activity(
                vn.tvet.lms.courseware.ActivityKind.PAGE, "Đọc trước", null, "<p>Cắt điện</p>", null, List.of()));
        modules.addActivity(teacher, school.getId(), moduleId, lesson, new vn.tvet.lms.courseware.ModuleContent.Activity(
                vn.tvet.lms.courseware.ActivityKind.QUIZ, "Kiểm tra", null, null, null, vn.tvet.lms.courseware.AikenQuiz
                        .parse("Việc đầu tiên?\nA. Cắt điện\nB. Mở tủ\nANSWER: A\n\nKiểm tra dây khi nào?\nA. Sau\nB. Trước\nANSWER: B\n")));
        modules.addActivity(teacher, school.getId(), moduleId, lesson, new vn.tvet.lms.courseware.ModuleContent.Activity(
                vn.tvet.lms.courseware.ActivityKind.RESOURCE, "Video", video, null, null, List.of()));
        modules.addActivity(teacher, school.getId(), moduleId, lesson, new vn.tvet.lms.courseware.ModuleContent.Activity(
                vn.tvet.lms.courseware.ActivityKind.PRACTICAL_TASK, "Lắp aptomat", null, "Lắp theo bản vẽ", null, List.of()));
        modules.publish(teacher, school.getId(), moduleId, null);
        java.time.LocalDate today = java.time.LocalDate.now();
        long classId = classTeaching.open(teacher, school.getId(), moduleId, new vn.tvet.lms.classes.ClassDetails("HT-11",
                "Lớp hoàn thành", today, today.plusMonths(1))).getId();
        classTeaching.enrol(teacher, school.getId(), classId, List.of(learner.personId(), classmate.personId()));

        assertEquals(List.of(vn.tvet.lms.classes.CompletionRule.SELF_MARKED, vn.tvet.lms.classes.CompletionRule.PASSED,
                vn.tvet.lms.classes.CompletionRule.SELF_MARKED, vn.tvet.lms.classes.CompletionRule.MARKED),
                studied(learner, school.getId(), classId).stream().map(vn.tvet.lms.learning.LessonStep::completion).toList(),
                "each kind's default");
        var rules = classPlanning.rulesByStep(teacher, school.getId(), classId);
        assertTrue(rules.get(2).contains(vn.tvet.lms.classes.CompletionRule.WATCHED), "a video can complete by watching");
        assertFalse(rules.get(0).contains(vn.tvet.lms.classes.CompletionRule.WATCHED), "a page cannot");
        for (var misfit : List.of(java.util.Map.entry(0, vn.tvet.lms.classes.CompletionRule.WATCHED),
                java.util.Map.entry(1, vn.tvet.lms.classes.CompletionRule.SELF_MARKED),
                java.util.Map.entry(2, vn.tvet.lms.classes.CompletionRule.PACKAGE))) {
            assertEquals(vn.tvet.lms.classes.ClassRuleException.Reason.RULE_DOES_NOT_FIT, assertThrows(
                    vn.tvet.lms.classes.ClassRuleException.class, () -> classPlanning.settleCompletion(teacher,
                            school.getId(), classId, misfit.getKey(), misfit.getValue(), null, false)).reason(),
                    misfit.toString());
        }
        assertThrows(vn.tvet.lms.account.AccessRefusedException.class, () -> classPlanning.settleCompletion(learner,
                school.getId(), classId, 0, vn.tvet.lms.classes.CompletionRule.VIEWED, null, false), "learners do not set rules");
        classPlanning.settleCompletion(teacher, school.getId(), classId, 0, vn.tvet.lms.classes.CompletionRule.VIEWED, null,
                false);
        classPlanning.settleCompletion(teacher, school.getId(), classId, 2, vn.tvet.lms.classes.CompletionRule.WATCHED, 80,
                false);
        classPlanning.settleCompletion(teacher, school.getId(), classId, 3, vn.tvet.lms.classes.CompletionRule.MARKED, null,
                true);
        classPlanning.settle(teacher, school.getId(), classId, 2, today.plusDays(3), null, null);
        assertEquals(80, studied(learner, school.getId(), classId).get(2).watchPercent(), "a later due date keeps the rule");

        classLearning.viewed(learner, school.getId(), classId, 0);
        assertTrue(studied(learner, school.getId(), classId).get(0).completed(), "opening completes a 'viewed' page");
        assertEquals(vn.tvet.lms.classes.ClassRuleException.Reason.COMPLETES_OTHERWISE, assertThrows(
                vn.tvet.lms.classes.ClassRuleException.class, () -> classLearning.markDone(learner, school.getId(), classId, 2))
                .reason(), "a video to watch is not done on the learner's say");
        assertFalse(classLearning.progressed(learner, school.getId(), classId, 2, 50));
        assertFalse(classLearning.progressed(learner, school.getId(), classId, 2, 55), "the same tenth again");
        assertThrows(vn.tvet.lms.classes.ClassRuleException.class,
                () -> classLearning.progressed(learner, school.getId(), classId, 0, 50), "a page has no playing");
        assertThrows(vn.tvet.lms.classes.ClassRuleException.class,
                () -> classLearning.progressed(learner, school.getId(), classId, 2, 101));
        var registration = classLearning.studying(learner, school.getId(), classId).registration();
        assertEquals(1, learningRecord.timeline(learner.personId(), registration, 50).stream()
                .filter(s -> s.getVerbId().equals(vn.tvet.lms.learning.Verb.PROGRESSED.iri())).count(), "one statement per tenth");
        assertFalse(studied(learner, school.getId(), classId).get(2).completed(), "50 % of 80 % is not enough");
        assertTrue(classLearning.progressed(learner, school.getId(), classId, 2, 85));
        assertTrue(studied(learner, school.getId(), classId).get(2).completed());
        assertFalse(classLearning.studying(learner, school.getId(), classId).moduleCompleted(), "the quiz is still to pass");

        answerQuiz(learner, school.getId(), classId, "Cắt điện", "Trước");
        assertTrue(classLearning.studying(learner, school.getId(), classId).moduleCompleted(), "the optional task is not needed");
        String module = vn.tvet.lms.courseware.ActivityIds.ofVersion(classTeaching.get(teacher, school.getId(), classId)
                .getVersion().getId());
        assertTrue(learningRecord.has(learner.personId(), registration, module, vn.tvet.lms.learning.Verb.COMPLETED),
                "the module's own completion is in the record");

        answerQuiz(classmate, school.getId(), classId, "Cắt điện", "Sau");
        assertFalse(classLearning.studying(classmate, school.getId(), classId).moduleCompleted());
        classPlanning.settleModuleCompletion(teacher, school.getId(), classId, vn.tvet.lms.classes.ModuleCompletion.TOTAL_SCORE,
                60);
        assertFalse(classLearning.studying(classmate, school.getId(), classId).moduleCompleted(), "50 % is below 60 %");
        classPlanning.settleModuleCompletion(teacher, school.getId(), classId, vn.tvet.lms.classes.ModuleCompletion.TOTAL_SCORE,
                50);
        assertTrue(classLearning.studying(classmate, school.getId(), classId).moduleCompleted(), "read from the record");
        assertEquals(List.of(true, true), classLearning.grid(teacher, school.getId(), classId).rows().stream()
                .map(vn.tvet.lms.learning.ClassLearning.ClassGrid.Row::moduleCompleted).toList());
        assertThrows(vn.tvet.lms.classes.ClassRuleException.class, () -> classPlanning.settleModuleCompletion(teacher,
                school.getId(), classId, vn.tvet.lms.classes.ModuleCompletion.TOTAL_SCORE, null), "a total needs its mark");
    }

    @Inject
    vn.tvet.lms.learning.PracticalEvidence practicalEvidence;

    @Inject
    vn.tvet.lms.library.upload.ResumableUploads resumableUploads;

    @Inject
    vn.tvet.lms.web.library.LibrarySettings librarySettings;

    @Inject
    vn.tvet.lms.storage.ContentStore store;

    /** A small real PNG, drawn here. */
    private static byte[] png() throws java.io.IOException {
        var image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Hands in a file as one chunk through the resumable path, as the page's script does. */
    private vn.tvet.lms.learning.TaskEvidence handIn(Viewer learner, long classId, int step, String name, byte[] bytes) {
        var session = practicalEvidence.begin(learner, classId, step, name, bytes.length, 8 * 1024 * 1024,
                librarySettings.uploadLimits());
        resumableUploads.receive(learner, session.getId(), 0, bytes, bytes.length);
        return practicalEvidence.finish(learner, session.getId());
    }

    @Inject
    vn.tvet.lms.classes.ProgrammeClassTeaching programmeClassTeaching;

    @Inject
    vn.tvet.lms.classes.ClassVersions classVersions;

    @Inject
    vn.tvet.lms.classes.ClassTransfers classTransfers;

    @Inject
    vn.tvet.lms.classes.ClassJoining classJoining;

    @Test
    void aProgrammeClassEnrolsItsLearnersInEveryModuleClassAndAClassMovesToANewerVersionOnlyWhenConfirmed() {
        Institution school = school("Trường Theo Chương Trình");
        long sid = school.getId();
        Viewer admin = adminOf(sid);
        Viewer teacher = viewerOf(members.create(networkAdmin(), sid, new NewMember(unique("gv"), "Giáo Viên Chủ Nhiệm", null,
                Role.TEACHER)), school, false, false);
        Viewer otherTeacher = viewerOf(members.create(networkAdmin(), sid, new NewMember(unique("gv"), "Giáo Viên Khác", null,
                Role.TEACHER)), school, false, false);
        Viewer learner = viewerOf(members.create(networkAdmin(), sid, new NewMember(unique("sv"), "Ngô Thị Khóa", null,
                Role.STUDENT)), school, false, false);
        Viewer second = viewerOf(members.create(networkAdmin(), sid, new NewMember(unique("sv"), "Đinh Văn Hai", null,
                Role.STUDENT)), school, false, false);
        long programmeId = programmes.create(admin, sid, unique("CT"), "Điện công nghiệp", "6520227", 60).getId();
        programmes.addCourse(admin, sid, programmeId, new vn.tvet.lms.programme.CourseDetails("MĐ07", "Đo lường điện",
                vn.tvet.lms.programme.CourseKind.MODULE, 3, 15, 60));
        programmes.addCourse(admin, sid, programmeId, new vn.tvet.lms.programme.CourseDetails("MĐ08", "Khí cụ điện",
                vn.tvet.lms.programme.CourseKind.MODULE, 2, 15, 30));
        var courses = programmes.get(sid, programmeId).getCourses();
        long m7 = modules.create(teacher, sid, "MĐ07", "Đo lường điện").getId();
        long lesson7 = modules.addLesson(teacher, sid, m7, "Bài 1");
        for (String title : List.of("Đọc trước", "Ghi chép")) {
            modules.addActivity(teacher, sid, m7, lesson7, new vn.tvet.lms.courseware.ModuleContent.Activity(
                    vn.tvet.lms.courseware.ActivityKind.PAGE, title, null, "<p>" + title + "</p>", null, List.of()));
        }
        modules.teachFor(teacher, sid, m7, courses.get(0).getId());
        modules.publish(teacher, sid, m7, null);
        long m8 = modules.create(teacher, sid, "MĐ08", "Khí cụ điện").getId();
        modules.addActivity(teacher, sid, m8, modules.addLesson(teacher, sid, m8, "Bài 1"),
                new vn.tvet.lms.courseware.ModuleContent.Activity(vn.tvet.lms.courseware.ActivityKind.PAGE, "Aptomat", null,
                        "<p>Aptomat</p>", null, List.of()));
        modules.teachFor(teacher, sid, m8, courses.get(1).getId());
        java.time.LocalDate today = java.time.LocalDate.now();

        assertThrows(vn.tvet.lms.account.AccessRefusedException.class, () -> programmeClassTeaching.open(learner, sid,
                programmeId, new vn.tvet.lms.classes.ClassDetails("SV-K24", "Lớp", today, today)), "learners open nothing");
        var cohort = programmeClassTeaching.open(teacher, sid, programmeId, new vn.tvet.lms.classes.ClassDetails("DCN-K24",
                "CĐ Điện công nghiệp K24", today, today.plusMonths(6)));
        var overview = programmeClassTeaching.overview(teacher, sid, cohort.getId());
        assertEquals(List.of("DCN-K24-MĐ07"), overview.moduleClasses().stream().map(vn.tvet.lms.classes.SchoolClass::getCode)
                .toList(), "only the published module gets a class");
        assertEquals(List.of("MĐ08"), overview.waiting().stream().map(vn.tvet.lms.classes.ProgrammeClassTeaching.Waiting::code)
                .toList());
        assertFalse(overview.waiting().get(0).publishable());
        long class7 = overview.moduleClasses().get(0).getId();
        assertEquals(2, programmeClassTeaching.enrol(teacher, sid, cohort.getId(), List.of(learner.personId(),
                second.personId())));
        assertEquals(0, programmeClassTeaching.enrol(teacher, sid, cohort.getId(), List.of(learner.personId())), "once");
        assertEquals(2, studied(learner, sid, class7).size(), "enrolled in the module class");

        modules.publish(teacher, sid, m8, null);
        assertTrue(programmeClassTeaching.overview(admin, sid, cohort.getId()).waiting().get(0).publishable());
        assertEquals(1, programmeClassTeaching.openPublished(admin, sid, cohort.getId()));
        assertEquals(0, programmeClassTeaching.openPublished(admin, sid, cohort.getId()), "a module gets one class");
        long class8 = programmeClassTeaching.overview(admin, sid, cohort.getId()).moduleClasses().stream()
                .filter(c -> c.getModule().getId() == m8).findFirst().orElseThrow().getId();
        assertEquals(1, studied(second, sid, class8).size(), "learners join classes opened later");

        // a file previewed line by line, and the class key: both reach every module class
        Viewer third = viewerOf(members.create(networkAdmin(), sid, new NewMember(unique("sv"), "Lò Văn Ba", null,
                Role.STUDENT)), school, false, false);
        String thirdName = people.get(third.personId()).getUsername();
        var rows = programmeClassTeaching.previewEnrolment(teacher, sid, cohort.getId(), new StringReader(
                "ma_nguoi_hoc\n" + people.get(learner.personId()).getUsername() + "\nkhong.co.ai\n"));
        assertEquals(List.of(vn.tvet.lms.classes.EnrolmentRow.Problem.ALREADY_IN_CLASS,
                vn.tvet.lms.classes.EnrolmentRow.Problem.NOT_A_LEARNER_HERE), rows.stream()
                .map(vn.tvet.lms.classes.EnrolmentRow::problem).toList());
        String key = programmeClassTeaching.changeKey(teacher, sid, cohort.getId(), true);
        assertThrows(vn.tvet.lms.account.AccessRefusedException.class, () -> classJoining.join(teacher, sid, key),
                "teachers do not join");
        var joined = classJoining.join(third, sid, key.toLowerCase());
        assertEquals(cohort.getId(), joined.programmeClassId());
        assertEquals(1, studied(third, sid, class8).size(), "in every module class: " + thirdName);
        assertEquals(2, studied(third, sid, class7).size());
        programmeClassTeaching.changeKey(teacher, sid, cohort.getId(), false);
        assertEquals(vn.tvet.lms.classes.ClassRuleException.Reason.UNKNOWN_KEY, assertThrows(
                vn.tvet.lms.classes.ClassRuleException.class, () -> classJoining.join(second, sid, key)).reason());
        programmeClassTeaching.withdraw(teacher, sid, cohort.getId(), third.personId());

        assertTrue(programmeClassTeaching.withdraw(teacher, sid, cohort.getId(), second.personId()));
        assertThrows(vn.tvet.lms.classes.ClassNotFoundException.class, () -> studied(second, sid, class7));
        assertThrows(vn.tvet.lms.classes.ClassNotFoundException.class, () -> studied(second, sid, class8));
        assertEquals(1, programmeClassTeaching.overview(teacher, sid, cohort.getId()).activeLearners());
        assertThrows(vn.tvet.lms.classes.ClassNotFoundException.class, () -> programmeClassTeaching.overview(otherTeacher,
                sid, cohort.getId()), "a teacher who did not open it");
        assertThrows(vn.tvet.lms.classes.ClassNotFoundException.class, () -> programmeClassTeaching.overview(learner, sid,
                cohort.getId()));
        Institution other = school("Trường Khác Chương Trình");
        Viewer otherAdmin = adminOf(other.getId());
        assertThrows(vn.tvet.lms.classes.ClassNotFoundException.class, () -> programmeClassTeaching.enrol(otherAdmin,
                other.getId(), cohort.getId(), List.of()), "another school's id");
        Viewer stranger = viewerOf(members.create(networkAdmin(), other.getId(), new NewMember(unique("sv"), "Người Lạ", null,
                Role.STUDENT)), other, false, false);
        assertEquals(vn.tvet.lms.classes.ClassRuleException.Reason.NOT_A_STUDENT, assertThrows(
                vn.tvet.lms.classes.ClassRuleException.class, () -> programmeClassTeaching.enrol(admin, sid, cohort.getId(),
                        List.of(stranger.personId()))).reason());

        // moving a class: the learner's completion and the teacher's settings follow the matching activities
        classLearning.markDone(learner, sid, class7, 0);
        var before = studied(learner, sid, class7);
        classTeaching.settle(teacher, sid, class7, before.get(1).activityId(), new vn.tvet.lms.classes.ActivitySettings(
                today.plusDays(3), before.get(0).activityId(), null));
        assertTrue(classVersions.newerVersion(teacher, sid, class7).isEmpty(), "on the newest version");
        modules.addActivity(teacher, sid, m7, lesson7, new vn.tvet.lms.courseware.ModuleContent.Activity(
                vn.tvet.lms.courseware.ActivityKind.PAGE, "Đo thử", null, "<p>Đo</p>", null, List.of()));
        modules.publish(teacher, sid, m7, null);
        assertEquals(2, studied(learner, sid, class7).size(), "nothing moves by itself");
        var offer = classVersions.newerVersion(teacher, sid, class7).orElseThrow();
        assertEquals(List.of(1, 2, 2), List.of(offer.from(), offer.to(), offer.kept()));
        assertEquals(List.of("Đo thử"), offer.added());
        assertEquals(List.of(), offer.dropped());
        assertThrows(vn.tvet.lms.classes.ClassNotFoundException.class, () -> classVersions.move(otherTeacher, sid, class7, 2));
        assertThrows(vn.tvet.lms.account.AccessRefusedException.class, () -> classVersions.move(learner, sid, class7, 2));
        assertThrows(vn.tvet.lms.classes.ClassNotFoundException.class, () -> classVersions.move(otherAdmin, other.getId(),
                class7, 2));
        classVersions.move(teacher, sid, class7, 2);
        var after = studied(learner, sid, class7);
        assertEquals(3, after.size());
        assertFalse(after.get(0).activityId().equals(before.get(0).activityId()), "the newer version's activities");
        assertEquals(List.of(true, false, false), after.stream().map(vn.tvet.lms.learning.LessonStep::completed).toList(),
                "the completion carried, the new activity to do");
        assertEquals(today.plusDays(3), after.get(1).dueOn());
        assertEquals(Integer.valueOf(0), after.get(1).requiresStep(), "the prerequisite follows its activity");
        assertEquals(List.of(true, false, false), classLearning.grid(teacher, sid, class7).rows().get(0).completed());
        assertEquals(vn.tvet.lms.classes.ClassRuleException.Reason.NOT_NEWER, assertThrows(
                vn.tvet.lms.classes.ClassRuleException.class, () -> classVersions.move(teacher, sid, class7, 1)).reason());

        // one learner at a time: to a class opened on a newer version, bringing what they completed
        modules.addActivity(teacher, sid, m7, lesson7, new vn.tvet.lms.courseware.ModuleContent.Activity(
                vn.tvet.lms.courseware.ActivityKind.PAGE, "Tổng kết", null, "<p>Tổng kết</p>", null, List.of()));
        modules.publish(teacher, sid, m7, null);
        long newer = classTeaching.open(teacher, sid, m7, new vn.tvet.lms.classes.ClassDetails("DCN-K24-MĐ07-V3",
                "Lớp phiên bản 3", today, today.plusMonths(3))).getId();
        assertEquals(List.of(newer), classTransfers.destinations(teacher, sid, class7).stream()
                .map(vn.tvet.lms.classes.SchoolClass::getId).toList(), "the module's other class, not MĐ08's");
        assertEquals(vn.tvet.lms.classes.ClassRuleException.Reason.OTHER_MODULE, assertThrows(
                vn.tvet.lms.classes.ClassRuleException.class, () -> classTransfers.move(admin, sid, class7,
                        learner.personId(), class8)).reason(), "MĐ08's class was opened by the admin, who runs both");
        assertThrows(vn.tvet.lms.classes.ClassNotFoundException.class, () -> classTransfers.move(otherAdmin, other.getId(),
                class7, learner.personId(), newer), "another school's ids");
        assertThrows(vn.tvet.lms.classes.ClassNotFoundException.class, () -> classTransfers.move(otherTeacher, sid, class7,
                learner.personId(), newer));
        classTransfers.move(teacher, sid, class7, learner.personId(), newer);
        assertThrows(vn.tvet.lms.classes.ClassNotFoundException.class, () -> studied(learner, sid, class7), "left the class");
        assertEquals(List.of(true, false, false, false), studied(learner, sid, newer).stream()
                .map(vn.tvet.lms.learning.LessonStep::completed).toList(), "completed in version 1, counted in version 3");
        assertEquals(List.of(List.of(true, false, false, false)), classLearning.grid(teacher, sid, newer).rows().stream()
                .map(vn.tvet.lms.learning.ClassLearning.ClassGrid.Row::completed).toList());
        assertThrows(vn.tvet.lms.classes.ClassNotFoundException.class, () -> classTransfers.move(teacher, sid, class7,
                learner.personId(), newer), "no longer in the class they left");
    }

    @Test
    void learnersHandInEvidenceThatOnlyTheirTeachersSee() throws Exception {
        Institution school = school("Trường Minh Chứng");
        Viewer teacher = viewerOf(members.create(networkAdmin(), school.getId(), new NewMember(unique("gv"), "Giáo Viên Chấm",
                null, Role.TEACHER)), school, false, false);
        Viewer learner = viewerOf(members.create(networkAdmin(), school.getId(), new NewMember(unique("sv"), "Vũ Văn Nộp",
                null, Role.STUDENT)), school, false, false);
        Viewer classmate = viewerOf(members.create(networkAdmin(), school.getId(), new NewMember(unique("sv"), "Ngô Thị Bạn",
                null, Role.STUDENT)), school, false, false);
        long moduleId = modules.create(teacher, school.getId(), "MĐ12", "Minh chứng").getId();
        long lesson = modules.addLesson(teacher, school.getId(), moduleId, "Bài 1");
        modules.addActivity(teacher, school.getId(), moduleId, lesson, new vn.tvet.lms.courseware.ModuleContent.Activity(
                vn.tvet.lms.courseware.ActivityKind.PAGE, "Đọc", null, "<p>Đọc</p>", null, List.of()));
        modules.addActivity(teacher, school.getId(), moduleId, lesson, new vn.tvet.lms.courseware.ModuleContent.Activity(
                vn.tvet.lms.courseware.ActivityKind.PRACTICAL_TASK, "Đấu tủ điện", null, "Chụp ảnh tủ đã đấu", null, List.of()));
        modules.publish(teacher, school.getId(), moduleId, null);
        java.time.LocalDate today = java.time.LocalDate.now();
        long classId = classTeaching.open(teacher, school.getId(), moduleId, new vn.tvet.lms.classes.ClassDetails("MC-12",
                "Lớp minh chứng", today, today.plusMonths(1))).getId();
        classTeaching.enrol(teacher, school.getId(), classId, List.of(learner.personId(), classmate.personId()));
        byte[] photo = png();
        var limits = librarySettings.uploadLimits();

        assertThrows(vn.tvet.lms.classes.ClassNotFoundException.class, () -> practicalEvidence.begin(learner, classId, 0,
                "anh.png", photo.length, 1024, limits), "a page takes no evidence");
        assertThrows(vn.tvet.lms.classes.ClassNotFoundException.class, () -> practicalEvidence.begin(teacher, classId, 1,
                "anh.png", photo.length, 1024, limits), "only the class's learners hand in");
        assertThrows(vn.tvet.lms.library.upload.UploadRejectedException.class, () -> practicalEvidence.begin(learner,
                classId, 1, "chay.exe", 10, 1024, limits), "no programs");
        assertThrows(vn.tvet.lms.library.upload.UploadRejectedException.class, () -> handIn(learner, classId, 1, "anh.pdf",
                photo), "a picture named as a PDF is refused when its bytes are read");

        var handedIn = handIn(learner, classId, 1, "tủ điện đã đấu.png", photo);
        assertEquals("image/png", handedIn.getMediaType());
        assertEquals(photo.length, handedIn.getSizeBytes());
        assertEquals(handedIn.getId(), practicalEvidence.finish(learner, handedIn.getId()).getId(),
                "a finish resent after its answer was lost finds the same file");
        assertEquals(List.of(handedIn.getId()), practicalEvidence.mine(learner, school.getId(), classId, 1).stream()
                .map(vn.tvet.lms.learning.TaskEvidence::getId).toList());
        assertEquals(List.of(handedIn.getId()), practicalEvidence.ofLearner(teacher, school.getId(), classId,
                learner.personId(), 1).stream().map(vn.tvet.lms.learning.TaskEvidence::getId).toList());
        assertTrue(practicalEvidence.mine(classmate, school.getId(), classId, 1).isEmpty());
        assertThrows(vn.tvet.lms.classes.ClassNotFoundException.class, () -> practicalEvidence.get(classmate,
                handedIn.getId()), "another learner's file is not found");
        assertThrows(vn.tvet.lms.account.AccessRefusedException.class, () -> practicalEvidence.ofLearner(classmate,
                school.getId(), classId, learner.personId(), 1), "learners do not browse each other's evidence");
        assertEquals(handedIn.getId(), practicalEvidence.get(teacher, handedIn.getId()).getId());
        Institution elsewhere = school("Trường Khác Minh Chứng");
        Viewer otherAdmin = adminOf(elsewhere.getId());
        assertThrows(vn.tvet.lms.classes.ClassNotFoundException.class, () -> practicalEvidence.get(otherAdmin,
                handedIn.getId()), "another school's admin gets 404");
        try (var stored = store.open(handedIn.blob().key())) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(photo, stored.readAllBytes(), "the bytes are in the object store");
        }

        var second = handIn(learner, classId, 1, "video.png", photo);
        practicalEvidence.remove(learner, school.getId(), second.getId());
        assertEquals(1, practicalEvidence.mine(learner, school.getId(), classId, 1).size(), "taken back");
        classLearning.markTask(teacher, school.getId(), classId, learner.personId(), 1, true, "Đạt", UUID.randomUUID());
        assertThrows(vn.tvet.lms.classes.ClassRuleException.class, () -> practicalEvidence.remove(learner, school.getId(),
                handedIn.getId()), "evidence of a task marked achieved stays");
    }

    @Test
    void learningIsRecordedOnceAsXapiStatementsAndProgressIsReadFromTheRecord() throws Exception {
        Institution school = school("Trường Học Tập");
        Viewer teacher = viewerOf(members.create(networkAdmin(), school.getId(), new NewMember(unique("gv"), "Giáo Viên Học Tập",
                null, Role.TEACHER)), school, false, false);
        IssuedPassword learnerAccount = members.create(networkAdmin(), school.getId(), new NewMember(unique("sv"),
                "Trần Văn Học", null, Role.STUDENT));
        Viewer learner = viewerOf(learnerAccount, school, false, false);
        Viewer outsider = viewerOf(members.create(networkAdmin(), school.getId(), new NewMember(unique("sv"), "Người Ngoài",
                null, Role.STUDENT)), school, false, false);
        long moduleId = modules.create(teacher, school.getId(), "MĐ09", "Đo lường điện").getId();
        long lesson = modules.addLesson(teacher, school.getId(), moduleId, "Bài 1: An toàn");
        modules.addActivity(teacher, school.getId(), moduleId, lesson, new vn.tvet.lms.courseware.ModuleContent.Activity(
                vn.tvet.lms.courseware.ActivityKind.PAGE, "Năm bước cắt điện", null, "<p>Cắt điện</p>", null, List.of()));
        modules.addActivity(teacher, school.getId(), moduleId, lesson, new vn.tvet.lms.courseware.ModuleContent.Activity(
                vn.tvet.lms.courseware.ActivityKind.QUIZ, "Kiểm tra nhanh", null, null, null, vn.tvet.lms.courseware.AikenQuiz
                        .parse("Việc đầu tiên?\nA. Cắt điện\nB. Mở tủ\nANSWER: A\n\nKiểm tra dây khi nào?\nA. Sau\nB. Trước\nANSWER: B\n")));
        modules.addActivity(teacher, school.getId(), moduleId, lesson, new vn.tvet.lms.courseware.ModuleContent.Activity(
                vn.tvet.lms.courseware.ActivityKind.PRACTICAL_TASK, "Lắp aptomat", null, "Lắp theo bản vẽ", "Đúng sơ đồ",
                List.of()));
        modules.publish(teacher, school.getId(), moduleId, null);
        java.time.LocalDate today = java.time.LocalDate.now();
        long classId = classTeaching.open(teacher, school.getId(), moduleId, new vn.tvet.lms.classes.ClassDetails("HT-01",
                "Lớp học tập", today, today.plusMonths(1))).getId();
        classTeaching.enrol(teacher, school.getId(), classId, List.of(learner.personId()));

        var studying = classLearning.studying(learner, school.getId(), classId);
        assertEquals(3, studying.steps().size());
        assertEquals(0, studying.continueAt());
        assertThrows(vn.tvet.lms.classes.ClassNotFoundException.class,
                () -> classLearning.studying(outsider, school.getId(), classId), "only the class's learners study in it");
        assertThrows(vn.tvet.lms.classes.ClassNotFoundException.class,
                () -> classLearning.viewed(learner, school.getId(), classId, 7), "a tampered step is not found");
        assertEquals(vn.tvet.lms.classes.ClassRuleException.Reason.COMPLETES_OTHERWISE, assertThrows(
                vn.tvet.lms.classes.ClassRuleException.class,
                () -> classLearning.markDone(learner, school.getId(), classId, 1)).reason(), "a quiz completes by passing");

        classLearning.viewed(learner, school.getId(), classId, 0);
        classLearning.viewed(learner, school.getId(), classId, 0);
        assertTrue(classLearning.markDone(learner, school.getId(), classId, 0));
        assertFalse(classLearning.markDone(learner, school.getId(), classId, 0), "done twice is recorded once");
        UUID first = quizTaking.start(learner, school.getId(), classId, 1);
        assertEquals(first, quizTaking.start(learner, school.getId(), classId, 1), "a second start finds the open attempt");
        var sheet = quizTaking.view(learner, school.getId(), classId, first);
        assertTrue(sheet.questions().stream().allMatch(q -> q.review() == null), "no answer key in an open attempt");
        quizTaking.save(learner, school.getId(), classId, first, 0, pick(sheet, 0, "Mở tủ"));
        quizTaking.save(learner, school.getId(), classId, first, 1, pick(sheet, 1, "Sau"));
        quizTaking.save(learner, school.getId(), classId, first, 1, pick(sheet, 1, "Sau"));
        assertEquals(pick(sheet, 1, "Sau"), quizTaking.view(learner, school.getId(), classId, first).questions().get(1).saved(),
                "the answer saved is read back in the positions shown");
        assertThrows(vn.tvet.lms.quiz.AttemptNotFoundException.class, () -> quizTaking.save(learner, school.getId(), classId,
                first, 7, vn.tvet.lms.questions.Response.picked(List.of(0))), "a tampered question number is not found");
        var failed = quizTaking.submit(learner, school.getId(), classId, first);
        assertEquals(0.0, failed.score());
        assertEquals(List.of(false, false), failed.questions().stream().map(q -> q.review().right()).toList());
        assertEquals(vn.tvet.lms.quiz.QuizRuleException.Reason.ALREADY_SUBMITTED, assertThrows(
                vn.tvet.lms.quiz.QuizRuleException.class, () -> quizTaking.save(learner, school.getId(), classId, first, 0,
                        pick(sheet, 0, "Cắt điện"))).reason());
        UUID second = quizTaking.start(learner, school.getId(), classId, 1);
        var secondSheet = quizTaking.view(learner, school.getId(), classId, second);
        quizTaking.save(learner, school.getId(), classId, second, 0, pick(secondSheet, 0, "Cắt điện"));
        quizTaking.save(learner, school.getId(), classId, second, 1, pick(secondSheet, 1, "Sau"));
        var passed = quizTaking.submit(learner, school.getId(), classId, second);
        assertEquals(List.of(true, false), passed.questions().stream().map(q -> q.review().right()).toList(),
                "the learner is told which answer was wrong");
        assertEquals(1.0, passed.score(), "half right passes by default");
        quizTaking.submit(learner, school.getId(), classId, second);

        UUID registration = studying.registration();
        var timeline = learningRecord.timeline(learner.personId(), registration, 50);
        assertEquals(12, timeline.size(), "viewed once, completed once, each attempt attempted, answered twice, scored and"
                + " passed or failed once: " + timeline.stream()
                        .map(vn.tvet.lms.learning.LearningStatement::getVerbId).toList());
        jakarta.json.JsonObject completed = jakarta.json.Json.createReader(new StringReader(timeline.stream()
                .filter(st -> st.getVerbId().endsWith("/completed")).findFirst().orElseThrow().getStatement())).readObject();
        assertEquals("http://adlnet.gov/expapi/verbs/completed", completed.getJsonObject("verb").getString("id"));
        assertEquals(registration.toString(), completed.getJsonObject("context").getString("registration"));
        assertEquals(learnerAccount.username(), completed.getJsonObject("actor").getJsonObject("account").getString("name"));
        assertEquals("Năm bước cắt điện", completed.getJsonObject("object").getJsonObject("definition")
                .getJsonObject("name").getString("vi-VN"));
        assertTrue(completed.getJsonObject("object").getString("id").startsWith("urn:tvet-lms:module-version:"));

        var progress = classLearning.myProgress(learner);
        assertEquals(1, progress.size());
        assertEquals(2, progress.get(0).completed(), "progress is what the record says");
        assertEquals(66, progress.get(0).percent());
        assertEquals(2, progress.get(0).continueAt(), "the practical task is next");

        // the teacher marks the practical task; the learner cannot mark their own
        assertThrows(vn.tvet.lms.account.AccessRefusedException.class, () -> classLearning.markTask(learner, school.getId(),
                classId, learner.personId(), 2, true, null, UUID.randomUUID()));
        assertEquals(vn.tvet.lms.classes.ClassRuleException.Reason.COMPLETES_OTHERWISE, assertThrows(
                vn.tvet.lms.classes.ClassRuleException.class, () -> classLearning.markTask(teacher, school.getId(), classId,
                        learner.personId(), 0, true, null, UUID.randomUUID())).reason(), "only tasks are marked");
        assertTrue(learnerRecords.judgement(learner, school.getId(), classId, 2).isEmpty());
        UUID marking = UUID.randomUUID();
        classLearning.markTask(teacher, school.getId(), classId, learner.personId(), 2, true, "Đấu nối gọn, đúng sơ đồ", marking);
        classLearning.markTask(teacher, school.getId(), classId, learner.personId(), 2, true, "Đấu nối gọn, đúng sơ đồ", marking);
        // the marking completes the last step, so the module's completion follows it, once
        assertEquals(14, learningRecord.timeline(learner.personId(), registration, 50).size(), "a resent marking adds nothing");
        var judgement = learnerRecords.judgement(learner, school.getId(), classId, 2).orElseThrow();
        assertTrue(judgement.achieved());
        assertEquals("Đấu nối gọn, đúng sơ đồ", judgement.comment());
        assertEquals("Giáo Viên Học Tập", judgement.teacher());
        var grid = classLearning.grid(teacher, school.getId(), classId);
        assertEquals(List.of(List.of(true, true, true)), grid.rows().stream().map(r -> r.completed()).toList());
        var timelineSeen = learnerRecords.timeline(teacher, school.getId(), classId, learner.personId(), 50);
        assertEquals(vn.tvet.lms.learning.Verb.COMPLETED, timelineSeen.get(0).verb(), "newest first: the module completed");
        assertEquals(vn.tvet.lms.learning.Verb.PASSED, timelineSeen.get(1).verb(), "then the marking");
        assertEquals("Đấu nối gọn, đúng sơ đồ", timelineSeen.get(1).response());
        assertEquals(14, timelineSeen.size());
        assertThrows(vn.tvet.lms.account.AccessRefusedException.class,
                () -> learnerRecords.timeline(learner, school.getId(), classId, learner.personId(), 50));
        assertThrows(vn.tvet.lms.classes.ClassNotFoundException.class,
                () -> learnerRecords.timeline(teacher, school.getId(), classId, outsider.personId(), 50));

        // settings per activity, by the class's teachers only: due dates (overdue when past), prerequisites, pass marks
        assertThrows(vn.tvet.lms.account.AccessRefusedException.class,
                () -> classPlanning.settle(learner, school.getId(), classId, 0, today, null, null));
        assertThrows(vn.tvet.lms.classes.ClassNotFoundException.class,
                () -> classPlanning.settle(teacher, school.getId(), classId, 9, today, null, null));
        assertThrows(vn.tvet.lms.classes.ClassNotFoundException.class, () -> classTeaching.settle(teacher, school.getId(),
                classId, "urn:tvet-lms:module-version:1:lesson:99:activity:1",
                new vn.tvet.lms.classes.ActivitySettings(today, null, null)), "only the class's own activities");
        assertEquals(vn.tvet.lms.classes.ClassRuleException.Reason.BAD_PREREQUISITE, assertThrows(
                vn.tvet.lms.classes.ClassRuleException.class,
                () -> classPlanning.settle(teacher, school.getId(), classId, 0, null, 2, null)).reason(), "no loops");
        assertEquals(vn.tvet.lms.classes.ClassRuleException.Reason.BAD_PASS_PERCENT, assertThrows(
                vn.tvet.lms.classes.ClassRuleException.class,
                () -> classPlanning.settle(teacher, school.getId(), classId, 1, null, null, 101)).reason());
        long otherClass = classTeaching.open(teacher, school.getId(), moduleId, new vn.tvet.lms.classes.ClassDetails("HT-02",
                "Lớp học tập 2", today, today.plusMonths(1))).getId();
        classTeaching.enrol(teacher, school.getId(), otherClass, List.of(learner.personId()));
        classPlanning.settle(teacher, school.getId(), otherClass, 1, today.minusDays(1), 0, 100);
        classPlanning.settle(teacher, school.getId(), otherClass, 2, today.plusDays(3), null, null);
        var planned = classLearning.studying(learner, school.getId(), otherClass).steps();
        assertTrue(planned.get(1).overdueOn(today), "yesterday's quiz is overdue");
        assertFalse(planned.get(2).overdueOn(today));
        assertEquals(null, planned.get(0).dueOn());
        assertTrue(planned.get(1).locked(), "the quiz opens after the page");
        assertEquals(vn.tvet.lms.classes.ClassRuleException.Reason.LOCKED, assertThrows(vn.tvet.lms.classes.ClassRuleException.class,
                () -> quizTaking.start(learner, school.getId(), otherClass, 1)).reason());
        var other = classLearning.myProgress(learner).stream().filter(p -> p.schoolClass().getId() == otherClass).findFirst()
                .orElseThrow();
        assertEquals(List.of(1, 2), other.dueSoon().stream().map(vn.tvet.lms.learning.LessonStep::index).toList(),
                "the learning page lists what is due, soonest first");
        assertEquals(1, classLearning.grid(teacher, school.getId(), otherClass).rows().get(0).overdue(), "behind by one");
        classLearning.markDone(learner, school.getId(), otherClass, 0);
        assertEquals(1.0, answerQuiz(learner, school.getId(), otherClass, "Cắt điện", "Sau").score());
        assertFalse(studied(learner, school.getId(), otherClass).get(1).completed(), "this class asks for every answer right");
        assertEquals(2.0, answerQuiz(learner, school.getId(), otherClass, "Cắt điện", "Trước").score());
        assertTrue(studied(learner, school.getId(), otherClass).get(1).completed());
        classPlanning.settle(teacher, school.getId(), otherClass, 1, null, null, null);
        assertEquals(null, classLearning.studying(learner, school.getId(), otherClass).steps().get(1).dueOn(), "cleared");
        assertThrows(vn.tvet.lms.classes.ClassNotFoundException.class, () -> classLearning.grid(outsider, school.getId(), classId));
    }

    @Test
    void quizzesDrawFromTheBankKeepTimeOnTheServerAndTeachersGradeEssays() throws Exception {
        Institution school = school("Trường Kiểm Tra");
        Viewer teacher = viewerOf(members.create(networkAdmin(), school.getId(), new NewMember(unique("gv"), "Giáo Viên Chấm",
                null, Role.TEACHER)), school, false, false);
        Viewer learner = viewerOf(members.create(networkAdmin(), school.getId(), new NewMember(unique("sv"), "Lê Thị Làm",
                null, Role.STUDENT)), school, false, false);
        Viewer classmate = viewerOf(members.create(networkAdmin(), school.getId(), new NewMember(unique("sv"), "Bạn Cùng Lớp",
                null, Role.STUDENT)), school, false, false);
        long moduleId = modules.create(teacher, school.getId(), "MĐ10", "Kiểm tra an toàn").getId();
        long lesson = modules.addLesson(teacher, school.getId(), moduleId, "Bài 1");
        modules.addActivity(teacher, school.getId(), moduleId, lesson, new vn.tvet.lms.courseware.ModuleContent.Activity(
                vn.tvet.lms.courseware.ActivityKind.PAGE, "Đọc trước", null, "<p>Quy trình</p>", null, List.of()));
        modules.addActivity(teacher, school.getId(), moduleId, lesson, new vn.tvet.lms.courseware.ModuleContent.Activity(
                vn.tvet.lms.courseware.ActivityKind.QUIZ, "Kiểm tra cuối bài", null, null, null, List.of()));
        assertEquals(vn.tvet.lms.courseware.ModuleRuleException.Reason.EMPTY_QUIZ, assertThrows(
                vn.tvet.lms.courseware.ModuleRuleException.class,
                () -> modules.publish(teacher, school.getId(), moduleId, null)).reason(), "a quiz needs questions");

        var file = vn.tvet.lms.questions.QuestionBank.read("bank.gift", """
                $CATEGORY: An toàn
                ::Cắt điện::Trước khi sửa tủ điện phải làm gì? {=Cắt điện và treo biển ~Đeo găng tay}

                ::Dây PE::Dây PE có màu vàng sọc xanh lá. {T}

                $CATEGORY: Tự luận
                ::Quy trình::Mô tả quy trình đo cách điện <script>alert(1)</script>. {}

                ::Hỏng::Câu thiếu ngoặc {=a ~b
                """.getBytes(StandardCharsets.UTF_8));
        assertEquals(3, file.questions().size());
        assertEquals(1, file.problems().size());
        assertThrows(vn.tvet.lms.courseware.ModuleRuleException.class,
                () -> questionBank.add(learner, school.getId(), moduleId, file.questions()), "only the module's authors");
        assertEquals(3, questionBank.add(teacher, school.getId(), moduleId, file.questions()));
        var bank = questionBank.all(teacher, school.getId(), moduleId);
        assertFalse(bank.stream().anyMatch(q -> q.prompt().contains("<script")), "imported text is sanitised");
        var essay = bank.stream().filter(q -> q.type() == vn.tvet.lms.questions.QuestionType.ESSAY).findFirst().orElseThrow();
        long quiz = modules.get(school.getId(), moduleId).getLessons().get(0).getActivities().get(1).getId();
        assertThrows(vn.tvet.lms.questions.QuestionRuleException.class, () -> modules.redrawQuiz(teacher, school.getId(),
                moduleId, lesson, quiz, vn.tvet.lms.questions.QuizDraw.NONE.with(vn.tvet.lms.questions.QuizDraw.Rule.random(
                        "An toàn", 3))), "the category has two questions");
        modules.redrawQuiz(teacher, school.getId(), moduleId, lesson, quiz, vn.tvet.lms.questions.QuizDraw.NONE
                .with(vn.tvet.lms.questions.QuizDraw.Rule.random("An toàn", 2))
                .with(vn.tvet.lms.questions.QuizDraw.Rule.fixed(essay.key())));
        assertEquals(vn.tvet.lms.questions.QuestionRuleException.Reason.IN_USE, assertThrows(
                vn.tvet.lms.questions.QuestionRuleException.class,
                () -> questionBank.remove(teacher, school.getId(), moduleId, essay.key())).reason());
        modules.publish(teacher, school.getId(), moduleId, null);
        java.time.LocalDate today = java.time.LocalDate.now();
        long classId = classTeaching.open(teacher, school.getId(), moduleId, new vn.tvet.lms.classes.ClassDetails("KT-01",
                "Lớp kiểm tra", today, today.plusMonths(1))).getId();
        classTeaching.enrol(teacher, school.getId(), classId, List.of(learner.personId(), classmate.personId()));
        classLearning.markDone(learner, school.getId(), classId, 0);
        classPlanning.settleQuiz(teacher, school.getId(), classId, 1, new vn.tvet.lms.learning.ClassPlanning.QuizRules(
                null, 2, vn.tvet.lms.classes.GradingMethod.HIGHEST, null, java.time.Instant.now().plusSeconds(4),
                vn.tvet.lms.classes.ReviewOption.ANSWERS));
        assertThrows(vn.tvet.lms.account.AccessRefusedException.class, () -> classPlanning.settleQuiz(learner, school.getId(),
                classId, 1, new vn.tvet.lms.learning.ClassPlanning.QuizRules(null, null, null, null, null, null)));

        // the time runs on the server: the quiz closes in 4 s, so the attempt's deadline is then
        UUID late = quizTaking.start(learner, school.getId(), classId, 1);
        var lateSheet = quizTaking.view(learner, school.getId(), classId, late);
        assertEquals(3, lateSheet.questions().size());
        assertTrue(lateSheet.secondsLeft() <= 4);
        assertThrows(vn.tvet.lms.quiz.AttemptNotFoundException.class, () -> quizTaking.view(classmate, school.getId(), classId,
                late), "another learner's attempt is not found");
        assertThrows(vn.tvet.lms.quiz.AttemptNotFoundException.class, () -> quizTaking.save(classmate, school.getId(), classId,
                late, 0, vn.tvet.lms.questions.Response.picked(List.of(0))));
        int essaySlot = slotOf(lateSheet, vn.tvet.lms.questions.QuestionType.ESSAY);
        quizTaking.save(learner, school.getId(), classId, late, essaySlot, vn.tvet.lms.questions.Response.typed("Đo bằng Mêgôm"));
        Thread.sleep(4500);
        assertEquals(vn.tvet.lms.quiz.QuizRuleException.Reason.TIME_UP, assertThrows(vn.tvet.lms.quiz.QuizRuleException.class,
                () -> quizTaking.save(learner, school.getId(), classId, late, essaySlot,
                        vn.tvet.lms.questions.Response.typed("sửa sau giờ"))).reason(), "no answer after the deadline");
        var submitted = quizTaking.view(learner, school.getId(), classId, late);
        assertEquals(vn.tvet.lms.quiz.AttemptStatus.AWAITING_GRADE, submitted.status(), "submitted at the deadline, essay to grade");
        assertEquals("Đo bằng Mêgôm", submitted.questions().get(essaySlot).saved().text(), "what was saved in time is kept");
        assertEquals(vn.tvet.lms.quiz.QuizRuleException.Reason.CLOSED, assertThrows(vn.tvet.lms.quiz.QuizRuleException.class,
                () -> quizTaking.start(learner, school.getId(), classId, 1)).reason());

        // the teachers grade the essay, then change a mark with a reason; the record gets the score once all is marked
        var rows = quizMarking.attempts(teacher, school.getId(), classId, 1);
        assertEquals(1, rows.size());
        assertThrows(vn.tvet.lms.account.AccessRefusedException.class,
                () -> quizMarking.attempts(learner, school.getId(), classId, 1));
        assertEquals(vn.tvet.lms.quiz.QuizRuleException.Reason.BAD_MARK, assertThrows(vn.tvet.lms.quiz.QuizRuleException.class,
                () -> quizMarking.grade(teacher, school.getId(), classId, late, essaySlot, 2, null)).reason(), "at most 1 point");
        quizMarking.grade(teacher, school.getId(), classId, late, essaySlot, 1, "Đúng quy trình");
        var graded = quizMarking.attempt(teacher, school.getId(), classId, late);
        assertEquals(vn.tvet.lms.quiz.AttemptStatus.GRADED, graded.status());
        assertEquals(1.0, graded.score(), "the essay's point; the unanswered choices earn nothing");
        int otherSlot = essaySlot == 0 ? 1 : 0;
        assertEquals(vn.tvet.lms.quiz.QuizRuleException.Reason.REASON_REQUIRED, assertThrows(
                vn.tvet.lms.quiz.QuizRuleException.class,
                () -> quizMarking.grade(teacher, school.getId(), classId, late, otherSlot, 1, " ")).reason());
        quizMarking.grade(teacher, school.getId(), classId, late, otherSlot, 1, "Trả lời miệng đúng khi chấm lại");
        var changed = quizMarking.attempt(teacher, school.getId(), classId, late);
        assertEquals(2.0, changed.score());
        assertEquals(2, changed.history().size());
        assertEquals(0.0, changed.history().get(1).getFractionBefore());
        assertEquals("Trả lời miệng đúng khi chấm lại", changed.history().get(1).getReason());
        assertTrue(studied(learner, school.getId(), classId).get(1).completed(), "2 of 3 passes at 50 %");
        var review = quizTaking.view(learner, school.getId(), classId, late);
        assertEquals(List.of("Cắt điện và treo biển"), review.questions().stream()
                .filter(q -> q.type() == vn.tvet.lms.questions.QuestionType.SINGLE_CHOICE).findFirst().orElseThrow()
                .review().rightAnswers(), "this class shows the right answers after submission");
        var analysis = quizMarking.analysis(teacher, school.getId(), classId, 1);
        assertEquals(3, analysis.size());
        assertEquals(1.0, analysis.stream().filter(i -> i.key().equals(essay.key())).findFirst().orElseThrow().facility());

        // extra time, granted by the teachers only, lengthens the limit the server keeps for that learner alone
        classPlanning.settleQuiz(teacher, school.getId(), classId, 1, new vn.tvet.lms.learning.ClassPlanning.QuizRules(
                10, 2, vn.tvet.lms.classes.GradingMethod.HIGHEST, null, null, vn.tvet.lms.classes.ReviewOption.ANSWERS));
        assertThrows(vn.tvet.lms.account.AccessRefusedException.class, () -> classTeaching.allowExtraTime(classmate,
                school.getId(), classId, classmate.personId(), 100), "not by the learner");
        assertEquals(vn.tvet.lms.classes.ClassRuleException.Reason.BAD_EXTRA_TIME, assertThrows(
                vn.tvet.lms.classes.ClassRuleException.class, () -> classTeaching.allowExtraTime(teacher, school.getId(),
                        classId, classmate.personId(), 250)).reason());
        classTeaching.allowExtraTime(teacher, school.getId(), classId, classmate.personId(), 50);
        var overview = quizTaking.overview(classmate, school.getId(), classId, 1);
        assertEquals(List.of(15, 50), List.of(overview.timeLimitMinutes(), overview.extraTimePercent()));
        UUID extended = quizTaking.start(classmate, school.getId(), classId, 1);
        long left = quizTaking.view(classmate, school.getId(), classId, extended).secondsLeft();
        assertTrue(left > 14 * 60 && left <= 15 * 60, left + " s");
        assertEquals(Integer.valueOf(10), quizTaking.overview(learner, school.getId(), classId, 1).timeLimitMinutes(),
                "the others keep the class's limit");
    }

    @Inject
    vn.tvet.lms.xapi.LrsClientAdministration lrsClients;

    @Test
    void schoolAdminsIssueLrsCredentialsThatOnlyTheirSchoolsClientsHold() {
        Institution school = school("Trường LRS");
        Institution other = school("Trường LRS khác");
        Viewer admin = adminOf(school.getId());
        Viewer teacher = viewerOf(members.create(networkAdmin(), school.getId(), new NewMember(unique("gv"), "Giáo Viên LRS",
                null, Role.TEACHER)), school, false, false);
        assertThrows(vn.tvet.lms.account.AccessRefusedException.class,
                () -> lrsClients.create(teacher, school.getId(), "Mô phỏng", true, true), "school admins only");
        assertThrows(jakarta.validation.ConstraintViolationException.class,
                () -> lrsClients.create(admin, school.getId(), " ", true, true), "a name is required");
        assertThrows(vn.tvet.lms.xapi.LrsForbiddenException.class,
                () -> lrsClients.create(admin, school.getId(), "Không quyền", false, false), "a connection reads or writes");
        var issued = lrsClients.create(admin, school.getId(), "Mô phỏng tủ điện", false, true);
        assertTrue(issued.secret().length() >= 40, "a 256-bit secret");
        var caller = lrsClients.authenticate(issued.apiKey(), issued.secret()).orElseThrow();
        assertEquals(school.getId(), caller.schoolId());
        assertEquals(List.of(false, true), List.of(caller.mayRead(), caller.mayWrite()));
        assertTrue(lrsClients.authenticate(issued.apiKey(), issued.secret() + "x").isEmpty(), "wrong secret");
        assertTrue(lrsClients.authenticate("khong-co", issued.secret()).isEmpty(), "unknown key");
        assertEquals(List.of(issued.apiKey()), lrsClients.clients(admin, school.getId()).stream()
                .map(vn.tvet.lms.xapi.LrsClient::getApiKey).toList());
        assertThrows(vn.tvet.lms.xapi.LrsClientNotFoundException.class, () -> lrsClients.revoke(adminOf(other.getId()),
                other.getId(), issued.client().getId()), "another school's client is not found");
        assertTrue(lrsClients.revoke(admin, school.getId(), issued.client().getId()));
        assertTrue(lrsClients.authenticate(issued.apiKey(), issued.secret()).isEmpty(), "revoked credentials stop working");
    }

    @Inject
    vn.tvet.lms.xapi.LrsLaunches lrsLaunches;

    @jakarta.persistence.PersistenceContext(unitName = "lms")
    jakarta.persistence.EntityManager launchTables;

    @Inject
    vn.tvet.lms.scorm.ScormAttempts scormAttempts;

    @Test
    void launchTokensStandForTheirLearnerStepAndRegistrationOnly() throws Exception {
        Institution school = school("Trường Khởi Chạy");
        Institution other = school("Trường Khởi Chạy khác");
        Viewer teacher = viewerOf(members.create(networkAdmin(), school.getId(), new NewMember(unique("gv"), "Giáo Viên Khởi Chạy",
                null, Role.TEACHER)), school, false, false);
        Viewer otherTeacher = viewerOf(members.create(networkAdmin(), other.getId(), new NewMember(unique("gv"), "Giáo Viên Khác",
                null, Role.TEACHER)), other, false, false);
        Viewer learner = viewerOf(members.create(networkAdmin(), school.getId(), new NewMember(unique("sv"), "Lê Văn Chạy",
                null, Role.STUDENT)), school, false, false);
        Viewer outsider = viewerOf(members.create(networkAdmin(), school.getId(), new NewMember(unique("sv"), "Người Ngoài Lớp",
                null, Role.STUDENT)), school, false, false);
        long moduleId = modules.create(teacher, school.getId(), "MĐ11", "Mô phỏng mạch điện").getId();
        long lesson = modules.addLesson(teacher, school.getId(), moduleId, "Bài 1");
        modules.addActivity(teacher, school.getId(), moduleId, lesson, new vn.tvet.lms.courseware.ModuleContent.Activity(
                vn.tvet.lms.courseware.ActivityKind.PAGE, "Mạch đèn cầu thang", null, "<p>Mô phỏng</p>", null, List.of()));
        modules.publish(teacher, school.getId(), moduleId, null);
        java.time.LocalDate today = java.time.LocalDate.now();
        long classId = classTeaching.open(teacher, school.getId(), moduleId, new vn.tvet.lms.classes.ClassDetails("KC-01",
                "Lớp khởi chạy", today, today.plusMonths(1))).getId();
        classTeaching.enrol(teacher, school.getId(), classId, List.of(learner.personId()));

        assertThrows(vn.tvet.lms.classes.ClassNotFoundException.class,
                () -> lrsLaunches.issue(outsider, school.getId(), classId, 0), "only the class's learners");
        assertThrows(vn.tvet.lms.classes.ClassNotFoundException.class,
                () -> lrsLaunches.issue(learner, school.getId(), classId, 5), "a tampered step");
        var issued = lrsLaunches.issue(learner, school.getId(), classId, 0);
        String credentials = new String(java.util.Base64.getDecoder().decode(issued.authorization().substring(6)),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(credentials.startsWith("launch:"), credentials);
        var caller = lrsLaunches.authenticate(credentials.substring(7)).orElseThrow();
        var studying = classLearning.studying(learner, school.getId(), classId);
        assertEquals(school.getId(), caller.schoolId());
        assertEquals(learner.personId(), caller.launch().personId());
        assertEquals(studying.registration(), caller.launch().registration());
        assertEquals(studying.steps().get(0).activityId(), caller.launch().activityId());
        assertTrue(issued.query().contains("registration=" + studying.registration()), issued.query());
        assertTrue(lrsLaunches.authenticate("x".repeat(43)).isEmpty(), "an unknown token");
        transaction.begin();
        launchTables.createNativeQuery("update lrs_launch set expires_at = now() - interval '2 days' where person_id = ?1")
                .setParameter(1, learner.personId()).executeUpdate();
        transaction.commit();
        assertTrue(lrsLaunches.authenticate(credentials.substring(7)).isEmpty(), "an expired token");
        assertTrue(lrsLaunches.sweepExpired() >= 1, "expired tokens are swept");

        assertTrue(scormAttempts.of(teacher, school.getId(), classId, learner.personId()).isEmpty());
        assertThrows(vn.tvet.lms.classes.ClassNotFoundException.class,
                () -> scormAttempts.of(otherTeacher, other.getId(), classId, learner.personId()), "another school's class");
        assertThrows(vn.tvet.lms.classes.ClassNotFoundException.class,
                () -> scormAttempts.of(teacher, school.getId(), classId, outsider.personId()), "not a learner of the class");
        assertThrows(RuntimeException.class, () -> scormAttempts.of(learner, school.getId(), classId, learner.personId()),
                "learners do not run the class");
        assertThrows(vn.tvet.lms.classes.ClassNotFoundException.class,
                () -> scormAttempts.reset(teacher, school.getId(), classId, Long.MAX_VALUE), "an unknown attempt");
    }

    @Inject
    vn.tvet.lms.notification.Notifications notifications;

    @Inject
    vn.tvet.lms.account.PasswordResets passwordResets;

    @Test
    void peopleAreNotifiedOnceAndResetTheirPasswordWithASingleUseLink() {
        Institution school = school("Trường Thông Báo");
        Viewer teacher = viewerOf(members.create(networkAdmin(), school.getId(), new NewMember(unique("gv"), "Giáo Viên Báo",
                null, Role.TEACHER)), school, false, false);
        String username = unique("sv");
        IssuedPassword account = members.create(networkAdmin(), school.getId(), new NewMember(username, "Ngô Thị Nhận",
                username + "@truong.test", Role.STUDENT));
        Viewer learner = viewerOf(account, school, false, false);
        long moduleId = modules.create(teacher, school.getId(), "MĐ11", "Thông báo").getId();
        long lesson = modules.addLesson(teacher, school.getId(), moduleId, "Bài 1");
        modules.addActivity(teacher, school.getId(), moduleId, lesson, new vn.tvet.lms.courseware.ModuleContent.Activity(
                vn.tvet.lms.courseware.ActivityKind.PAGE, "Đọc", null, "<p>Đọc</p>", null, List.of()));
        modules.publish(teacher, school.getId(), moduleId, null);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        long classId = classTeaching.open(teacher, school.getId(), moduleId, new vn.tvet.lms.classes.ClassDetails("TB-01",
                "Lớp thông báo", today, today.plusMonths(1))).getId();
        classTeaching.enrol(teacher, school.getId(), classId, List.of(learner.personId()));
        classTeaching.enrol(teacher, school.getId(), classId, List.of(learner.personId()));
        assertEquals(1, notifications.unread(learner), "enrolled once, told once");
        assertEquals(vn.tvet.lms.notification.NotificationKind.ENROLLED, notifications.mine(learner, 0, 10).get(0).getKind());
        assertEquals(List.of("Lớp thông báo", "Thông báo"), notifications.mine(learner, 0, 10).get(0).parameters());
        assertEquals(0, notifications.unread(teacher), "each person reads their own");

        // a due date tomorrow reminds once, however often the schedule runs; a learner who turned the e-mail off gets none
        classPlanning.settle(teacher, school.getId(), classId, 0, today.plusDays(1), null, null);
        notifications.emailOn(learner, vn.tvet.lms.notification.NotificationKind.DUE_SOON, false);
        dueDateReminders.remind(today);
        dueDateReminders.remind(today);
        assertEquals(2, notifications.unread(learner));
        assertEquals(java.util.Set.of(vn.tvet.lms.notification.NotificationKind.DUE_SOON), notifications.emailsOff(learner));
        assertEquals(2, notifications.markAllRead(learner));
        assertEquals(0, notifications.unread(learner));
        var outbox = notifications.due(1000).stream().filter(e -> e.getToAddress().equals(username + "@truong.test")).toList();
        assertEquals(List.of(vn.tvet.lms.notification.NotificationKind.ENROLLED),
                outbox.stream().map(vn.tvet.lms.notification.OutgoingEmail::getKind).toList(), "no e-mail for what was turned off");

        // forgot password: an unknown account is answered the same and gets nothing; the link works once
        passwordResets.request("khong-co-ai-" + username);
        passwordResets.request(username);
        var reset = notifications.due(1000).stream().filter(e -> e.getToAddress().equals(username + "@truong.test")
                && e.getKind() == vn.tvet.lms.notification.NotificationKind.PASSWORD_RESET).findFirst().orElseThrow();
        String token = reset.getLink().substring(reset.getLink().indexOf("token=") + 6);
        assertTrue(passwordResets.valid(token));
        assertThrows(vn.tvet.lms.account.WeakPasswordException.class, () -> passwordResets.reset(token, "ngan"));
        passwordResets.reset(token, "MatKhauMoi2026");
        assertFalse(passwordResets.valid(token), "single use");
        assertThrows(vn.tvet.lms.account.PasswordResets.InvalidResetTokenException.class,
                () -> passwordResets.reset(token, "MatKhauKhac2026"));
        assertThrows(vn.tvet.lms.account.PasswordResets.InvalidResetTokenException.class,
                () -> passwordResets.reset("gia-mao", "MatKhauKhac2026"));
        assertTrue(authenticator.authenticate(username, "MatKhauMoi2026", "10.0.0.42") instanceof vn.tvet.lms.account.LoginOutcome.Accepted);
    }

    @Inject
    vn.tvet.lms.notification.DueDateReminders dueDateReminders;

    private static int slotOf(vn.tvet.lms.quiz.AttemptView sheet, vn.tvet.lms.questions.QuestionType type) {
        return sheet.questions().stream().filter(q -> q.type() == type).findFirst().orElseThrow().slot();
    }
}
