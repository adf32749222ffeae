package vn.tvet.lms.web.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tvet.lms.account.PasswordHasher;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.account.RoleAssignment;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.catalog.TrainingLevel;
import vn.tvet.lms.institution.Institution;
import vn.tvet.lms.institution.InstitutionType;
import vn.tvet.lms.institution.Institutions;
import vn.tvet.lms.library.LearningResource;
import vn.tvet.lms.library.Licence;
import vn.tvet.lms.library.ResourceAuthoring;
import vn.tvet.lms.library.ResourceDetails;
import vn.tvet.lms.library.ResourceReview;
import vn.tvet.lms.library.ResourceType;
import vn.tvet.lms.library.SharingScope;
import vn.tvet.lms.search.IndexQueue;
import vn.tvet.lms.storage.ContentStore;
import vn.tvet.lms.storage.ContentStoreException;
import vn.tvet.lms.storage.StoredBlob;

/**
 * Loads the demo schools, people and library material into an empty database when {@code lms.demo.enabled} is true (the
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
    ResourceAuthoring authoring;

    @Inject
    ResourceReview review;

    @Inject
    ContentStore store;

    @Inject
    IndexQueue indexQueue;

    @Inject
    DemoCourseware courseware;

    @Inject
    DemoClasses classes;

    @Inject
    DemoScorm scorm;

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
        Map<String, Long> library = loadLibrary(byCode);
        classes.load(byCode, courseware.load(byCode, library));
        if (!library.isEmpty()) {
            scorm.load(byCode.get("QN-CDCN"));
            indexQueue.everythingChanged();
        }
    }

    /**
     * The demo material, published through the reviewer each scope needs; skipped if the store is down.
     * Returns the items' ids by title.
     */
    private Map<String, Long> loadLibrary(Map<String, Institution> byCode) {
        Map<String, Long> idsByTitle = new java.util.HashMap<>();
        Viewer asLibrarian = new Viewer(people.findByUsername("thuvien").orElseThrow().getId(), Set.of(), Set.of(), true);
        for (DemoLibrary.Item item : DemoLibrary.ITEMS) {
            StoredBlob blob;
            try {
                blob = store.putContentAddressed(new ByteArrayInputStream(item.text().getBytes(StandardCharsets.UTF_8)),
                        Long.MAX_VALUE, "text/plain");
            } catch (ContentStoreException e) {
                LOG.log(Level.WARNING, "Demo library not loaded, object store unavailable: {0}", e.getMessage());
                return idsByTitle;
            }
            String prefix = item.author().substring(0, item.author().indexOf('.'));
            DemoSchool demoSchool = SCHOOLS.stream().filter(s -> s.prefix().equals(prefix)).findFirst().orElseThrow();
            long schoolId = byCode.get(demoSchool.code()).getId();
            Viewer author = member(item.author(), schoolId, false);
            LearningResource resource = authoring.draft(author, schoolId, new ResourceDetails(item.title(),
                    item.description(), ResourceType.DOCUMENT, Set.of(item.occupation()),
                    TrainingLevel.valueOf(item.level()), "vi", item.licence(), Set.of(item.keywords().split(",\\s*")),
                    null, item.scope()));
            idsByTitle.put(item.title(), resource.getId());
            authoring.addVersion(author, resource.getId(), blob, item.fileName(), "text/plain", null);
            if (item.scope().needsReview()) {
                review.submit(author, resource.getId());
                Viewer reviewer = item.scope() == SharingScope.SCHOOL ? member(prefix + ".quantri", schoolId, true)
                        : asLibrarian;
                review.approve(reviewer, resource.getId(), "Đạt yêu cầu (dữ liệu mẫu)");
            }
        }
        loadGeneratedMedia(byCode, idsByTitle);
        int queued = indexQueue.everythingChanged();
        LOG.log(Level.INFO, "Demo library loaded: {0} documents queued for search", queued);
        return idsByTitle;
    }

    /** The workshop's siren signals and a picture of a distribution board, shared with the network by Hải Phòng. */
    private void loadGeneratedMedia(Map<String, Institution> byCode, Map<String, Long> idsByTitle) {
        Viewer author = member("hpcd.gv1", byCode.get("HP-CDKT").getId(), false);
        generated(author, idsByTitle, new ResourceDetails(DemoSounds.TITLE, DemoSounds.DESCRIPTION, ResourceType.AUDIO,
                Set.of("6520227"), TrainingLevel.COLLEGE, "vi", Licence.CC_BY, Set.of("an toàn lao động", "tín hiệu còi",
                        "xưởng thực hành"), null, SharingScope.NETWORK), DemoSounds.workshopSignals(), DemoSounds.FILE_NAME,
                "audio/wav");
        generated(author, idsByTitle, new ResourceDetails(DemoPictures.TITLE, DemoPictures.DESCRIPTION, ResourceType.IMAGE,
                Set.of("6520227"), TrainingLevel.COLLEGE, "vi", Licence.CC_BY, Set.of("tủ điện", "aptomat", "thanh cái"), null,
                SharingScope.NETWORK), DemoPictures.distributionBoard(), DemoPictures.FILE_NAME, "image/png");
    }

    /** An item whose file the demo writes itself, published through the network's librarian. */
    private void generated(Viewer author, Map<String, Long> idsByTitle, ResourceDetails details, byte[] content,
            String fileName, String mediaType) {
        StoredBlob blob = store.putContentAddressed(new ByteArrayInputStream(content), Long.MAX_VALUE, mediaType);
        LearningResource resource = authoring.draft(author, author.schools().iterator().next(), details);
        authoring.addVersion(author, resource.getId(), blob, fileName, mediaType, null);
        review.submit(author, resource.getId());
        review.approve(new Viewer(people.findByUsername("thuvien").orElseThrow().getId(), Set.of(), Set.of(), true),
                resource.getId(), "Đạt yêu cầu (dữ liệu mẫu)");
        idsByTitle.put(details.title(), resource.getId());
    }

    /** A demo person acting in their school, as the library's use cases see them. */
    private Viewer member(String username, long schoolId, boolean administers) {
        return new Viewer(people.findByUsername(username).orElseThrow().getId(), Set.of(schoolId),
                administers ? Set.of(schoolId) : Set.of(), false);
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
