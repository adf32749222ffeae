package vn.tvet.lms.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tvet.lms.fakes.Entities.withId;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.catalog.TrainingLevel;
import vn.tvet.lms.institution.Institution;
import vn.tvet.lms.institution.InstitutionType;
import vn.tvet.lms.library.WorkflowViolationException.Reason;
import vn.tvet.lms.library.upload.FileNames;
import vn.tvet.lms.storage.StoredBlob;

/** The review workflow and the visibility rule of a learning resource. */
class LearningResourceTest {

    private static final Instant NOW = Instant.parse("2026-09-05T08:00:00Z");
    private static final StoredBlob PDF = new StoredBlob("a".repeat(64), 1234);

    private final Institution haiPhong = withId(new Institution("HP-CDKT", "Trường Cao đẳng Kỹ thuật Hải Phòng",
            InstitutionType.COLLEGE, "Hải Phòng", NOW), 1L);
    private final Institution quangNinh = withId(new Institution("QN-CDCN", "Trường Cao đẳng Công nghiệp Quảng Ninh",
            InstitutionType.COLLEGE, "Quảng Ninh", NOW), 2L);
    private final Person teacher = withId(new Person("hpcd.gv1", "Nguyễn Văn Đức", null, "h", false, NOW), 10L);
    private final Person schoolAdmin = withId(new Person("hpcd.quantri", "Vũ Thị Lan Anh", null, "h", false, NOW), 11L);
    private final Person librarian = withId(new Person("thuvien", "Lê Thị Thu Hà", null, "h", false, NOW), 12L);

    private final Viewer asTeacher = new Viewer(10L, Set.of(1L), Set.of(), false);
    private final Viewer asSchoolAdmin = new Viewer(11L, Set.of(1L), Set.of(1L), false);
    private final Viewer asLibrarian = new Viewer(12L, Set.of(), Set.of(), true);
    private final Viewer colleague = new Viewer(20L, Set.of(1L), Set.of(), false);
    private final Viewer otherSchool = new Viewer(30L, Set.of(2L), Set.of(), false);
    private final Viewer otherSchoolAdmin = new Viewer(31L, Set.of(2L), Set.of(2L), false);

    private LearningResource draft(SharingScope scope, Licence licence) {
        return LearningResource.draft(haiPhong, teacher, new ResourceDetails("Giáo trình Điện công nghiệp",
                "Mô đun an toàn điện", ResourceType.DOCUMENT, Set.of("6520227"), TrainingLevel.COLLEGE, "vi", licence,
                Set.of("an toàn điện"), null, scope), NOW);
    }

    @Test
    void whatKeepsADraftFromReviewIsKnownBeforeAnyoneAsks() {
        LearningResource resource = draft(SharingScope.NETWORK, Licence.ALL_RIGHTS_RESERVED);
        assertEquals(java.util.Optional.of(WorkflowViolationException.Reason.NO_CONTENT), resource.reviewBlocker());
        resource.addVersion(PDF, "giao-trinh.pdf", "application/pdf", null, teacher, NOW);
        assertEquals(java.util.Optional.of(WorkflowViolationException.Reason.LICENCE_NOT_SHAREABLE),
                resource.reviewBlocker(), "a network review needs a licence that may leave the school");
        assertEquals(WorkflowViolationException.Reason.LICENCE_NOT_SHAREABLE,
                assertThrows(WorkflowViolationException.class, () -> resource.submit(teacher, NOW)).reason());
        LearningResource open = draft(SharingScope.NETWORK, Licence.CC_BY);
        open.addVersion(PDF, "giao-trinh.pdf", "application/pdf", null, teacher, NOW);
        assertTrue(open.reviewBlocker().isEmpty());
    }

    @Test
    void networkItemGoesThroughTheLibraryAdminAndThenEveryoneSignedInSeesIt() {
        LearningResource resource = draft(SharingScope.NETWORK, Licence.CC_BY_SA);
        resource.addVersion(PDF, "giao-trinh.pdf", "application/pdf", "bản đầu", teacher, NOW);
        assertFalse(resource.isVisibleTo(colleague), "drafts are the author's");

        resource.submit(teacher, NOW);
        assertFalse(resource.mayReview(asSchoolAdmin), "network scope is not the school's to review");
        assertTrue(resource.isVisibleTo(asLibrarian));
        assertFalse(resource.isVisibleTo(otherSchool));
        WorkflowViolationException refused = assertThrows(WorkflowViolationException.class,
                () -> resource.approve(asSchoolAdmin, schoolAdmin, null, NOW));
        assertEquals(Reason.NOT_ALLOWED, refused.reason());

        resource.approve(asLibrarian, librarian, "Đạt yêu cầu", NOW);
        assertEquals(ResourceStatus.PUBLISHED, resource.getStatus());
        assertTrue(resource.isVisibleTo(otherSchool));
        assertTrue(resource.isVisibleTo(colleague));
        assertFalse(resource.isVisibleTo(Viewer.ANONYMOUS), "network scope needs a sign-in");
        assertEquals(List.of(HistoryAction.CREATED, HistoryAction.VERSION_ADDED, HistoryAction.SUBMITTED,
                HistoryAction.APPROVED), resource.getHistory().stream().map(ResourceHistoryEntry::getAction).toList());
        assertEquals("Đạt yêu cầu", resource.getHistory().get(3).getNote());
    }

    private LearningResource publishedNetworkItem() {
        LearningResource resource = draft(SharingScope.NETWORK, Licence.CC_BY_SA);
        resource.addVersion(PDF, "giao-trinh.pdf", "application/pdf", "bản đầu", teacher, NOW);
        resource.submit(teacher, NOW);
        resource.approve(asLibrarian, librarian, "Đạt yêu cầu", NOW);
        return resource;
    }

    private ResourceDetails changed(LearningResource resource, String title, ResourceType type, String link,
            Licence licence, String description) {
        ResourceDetails now = resource.workingDetails();
        return new ResourceDetails(title, description, type, now.occupationCodes(), now.level(), now.language(), licence,
                now.keywords(), link, now.scope());
    }

    @Test
    void aPublishedItemsTitleTypeLinkLicenceAndFilesChangeOnlyThroughReview() {
        LearningResource resource = publishedNetworkItem();
        StoredBlob replacement = new StoredBlob("b".repeat(64), 99);

        resource.describe(changed(resource, "Tài liệu giả mạo", ResourceType.LINK, "https://evil.example/login",
                Licence.CC_BY_SA, "Mô đun an toàn điện"), teacher, NOW);
        assertEquals("Giáo trình Điện công nghiệp", resource.getTitle(), "the audience keeps the approved title");
        assertEquals(ResourceType.DOCUMENT, resource.getType());
        assertNull(resource.getLinkUrl());
        assertEquals("Tài liệu giả mạo", resource.workingTitle(), "the author sees their change");
        assertEquals("https://evil.example/login", resource.workingLinkUrl());
        assertEquals(RevisionStatus.DRAFT, resource.getRevisionStatus());

        resource.describe(changed(resource, "Giáo trình Điện công nghiệp (2026)", ResourceType.DOCUMENT, null,
                Licence.CC_BY_SA, "Mô đun an toàn điện"), teacher, NOW);
        resource.addVersion(replacement, "giao-trinh-moi.pdf", "application/pdf", null, teacher, NOW);
        assertEquals(1, resource.publishedVersion().orElseThrow().getNumber(), "the audience keeps the reviewed file");
        assertEquals(1, resource.latestVersionFor(colleague).orElseThrow().getNumber());
        assertEquals(2, resource.latestVersionFor(asTeacher).orElseThrow().getNumber());
        assertEquals(2, resource.latestVersionFor(asLibrarian).orElseThrow().getNumber(), "reviewers see the change");
        assertEquals(List.of(1), resource.versionsFor(otherSchool).stream().map(ResourceVersion::getNumber).toList());

        resource.submitRevision(teacher, NOW);
        assertThrows(WorkflowViolationException.class, () -> resource.describe(changed(resource, "Khác",
                ResourceType.DOCUMENT, null, Licence.CC_BY_SA, null), teacher, NOW), "no edits while under review");
        assertThrows(WorkflowViolationException.class, resource::checkCanAddVersion);
        assertThrows(WorkflowViolationException.class, () -> resource.approveRevision(asSchoolAdmin, schoolAdmin, null, NOW),
                "the network item's reviewers, not the school's");
        resource.sendBack(asLibrarian, librarian, "Ghi rõ năm ban hành", NOW);
        assertEquals(RevisionStatus.DRAFT, resource.getRevisionStatus());
        assertEquals("Giáo trình Điện công nghiệp", resource.getTitle());

        resource.submitRevision(teacher, NOW);
        resource.approveRevision(asLibrarian, librarian, "Đạt", NOW);
        assertEquals("Giáo trình Điện công nghiệp (2026)", resource.getTitle());
        assertEquals(2, resource.latestVersionFor(otherSchool).orElseThrow().getNumber());
        assertNull(resource.getRevisionStatus());
        assertTrue(resource.pendingVersions().isEmpty());
    }

    @Test
    void correctionsThatCannotMisleadApplyAtOnceAndAWithdrawnChangeNeverPublishesItsFile() {
        LearningResource resource = publishedNetworkItem();
        resource.describe(changed(resource, resource.getTitle(), ResourceType.DOCUMENT, null, Licence.CC_BY_SA,
                "Mô đun an toàn điện, sửa lỗi chính tả"), teacher, NOW);
        assertEquals("Mô đun an toàn điện, sửa lỗi chính tả", resource.getDescription());
        assertNull(resource.getRevisionStatus(), "a description fix needs no review");

        resource.describe(changed(resource, resource.getTitle(), ResourceType.DOCUMENT, null, Licence.ALL_RIGHTS_RESERVED,
                resource.getDescription()), teacher, NOW);
        assertEquals(Licence.CC_BY_SA, resource.getLicence(), "a licence change is reviewed");
        assertThrows(WorkflowViolationException.class, () -> resource.submitRevision(teacher, NOW),
                "a network item cannot become all rights reserved");

        resource.addVersion(new StoredBlob("c".repeat(64), 5), "nhap.pdf", "application/pdf", null, teacher, NOW);
        resource.discardRevision(teacher, NOW);
        assertEquals(Licence.CC_BY_SA, resource.workingLicence());
        assertEquals(1, resource.latestVersionFor(asTeacher).orElseThrow().getNumber(), "back to the approved file");
        resource.describe(changed(resource, "Tên mới", ResourceType.DOCUMENT, null, Licence.CC_BY_SA,
                resource.getDescription()), teacher, NOW);
        resource.submitRevision(teacher, NOW);
        resource.approveRevision(asLibrarian, librarian, null, NOW);
        assertEquals("Tên mới", resource.getTitle());
        assertEquals(1, resource.publishedVersion().orElseThrow().getNumber(), "the withdrawn file stays unpublished");
    }

    @Test
    void filesMayBeAddedByEditorsOnlyWhileNothingWaitsForReview() {
        LearningResource resource = draft(SharingScope.NETWORK, Licence.CC_BY_SA);
        assertTrue(resource.mayAddVersion(asTeacher) && resource.mayAddVersion(asSchoolAdmin));
        assertFalse(resource.mayAddVersion(colleague) || resource.mayAddVersion(asLibrarian), "only its editors");
        resource.addVersion(PDF, "giao-trinh.pdf", "application/pdf", null, teacher, NOW);
        resource.submit(teacher, NOW);
        assertFalse(resource.mayAddVersion(asTeacher), "the reviewer must see what was submitted");
        assertThrows(WorkflowViolationException.class, resource::checkCanAddVersion);
        resource.approve(asLibrarian, librarian, null, NOW);
        assertTrue(resource.mayAddVersion(asTeacher), "a published item takes a new file as a pending revision");
    }

    @Test
    void historyAndReviewNotesAreForTheAuthorTheSchoolAdminsAndTheReviewers() {
        LearningResource resource = publishedNetworkItem();
        assertTrue(resource.mayReadHistory(asTeacher));
        assertTrue(resource.mayReadHistory(asSchoolAdmin));
        assertTrue(resource.mayReadHistory(asLibrarian));
        assertFalse(resource.mayReadHistory(colleague));
        assertFalse(resource.mayReadHistory(otherSchoolAdmin));
        assertFalse(resource.mayReadHistory(Viewer.ANONYMOUS));
    }

    @Test
    void schoolItemIsReviewedByItsOwnSchoolAdminAndStaysInsideTheSchool() {
        LearningResource resource = draft(SharingScope.SCHOOL, Licence.ALL_RIGHTS_RESERVED);
        resource.addVersion(PDF, "bai-giang.pdf", "application/pdf", null, teacher, NOW);
        resource.submit(teacher, NOW);
        assertFalse(resource.mayReview(otherSchoolAdmin));
        assertFalse(resource.mayReview(asLibrarian));

        resource.approve(asSchoolAdmin, schoolAdmin, null, NOW);
        assertTrue(resource.isVisibleTo(colleague));
        assertFalse(resource.isVisibleTo(otherSchool));
        assertFalse(resource.isVisibleTo(asLibrarian));
    }

    @Test
    void sendingBackNeedsAReasonAndReturnsTheDraftToItsAuthor() {
        LearningResource resource = draft(SharingScope.PUBLIC, Licence.CC_BY);
        resource.addVersion(PDF, "x.pdf", "application/pdf", null, teacher, NOW);
        resource.submit(teacher, NOW);

        assertEquals(Reason.REASON_REQUIRED, assertThrows(WorkflowViolationException.class,
                () -> resource.sendBack(asLibrarian, librarian, "  ", NOW)).reason());
        resource.sendBack(asLibrarian, librarian, "Thiếu ghi công tác giả ảnh minh họa", NOW);

        assertEquals(ResourceStatus.DRAFT, resource.getStatus());
        assertFalse(resource.isVisibleTo(asLibrarian));
        assertEquals("Thiếu ghi công tác giả ảnh minh họa", resource.getHistory().get(3).getNote());
    }

    @Test
    void submittingNeedsContentAnAudienceAndAShareableLicence() {
        LearningResource empty = draft(SharingScope.NETWORK, Licence.CC_BY);
        assertEquals(Reason.NO_CONTENT, assertThrows(WorkflowViolationException.class,
                () -> empty.submit(teacher, NOW)).reason());

        LearningResource privateOne = draft(SharingScope.PRIVATE, Licence.CC_BY);
        privateOne.addVersion(PDF, "x.pdf", "application/pdf", null, teacher, NOW);
        assertEquals(Reason.PRIVATE_SCOPE, assertThrows(WorkflowViolationException.class,
                () -> privateOne.submit(teacher, NOW)).reason());

        LearningResource reserved = draft(SharingScope.NETWORK, Licence.ALL_RIGHTS_RESERVED);
        reserved.addVersion(PDF, "x.pdf", "application/pdf", null, teacher, NOW);
        assertEquals(Reason.LICENCE_NOT_SHAREABLE, assertThrows(WorkflowViolationException.class,
                () -> reserved.submit(teacher, NOW)).reason());
    }

    @Test
    void publicItemsAreSeenWithoutSignInAndRetiredOnesByTheAuthorOnly() {
        LearningResource resource = draft(SharingScope.PUBLIC, Licence.CC_BY);
        resource.addVersion(PDF, "x.pdf", "application/pdf", null, teacher, NOW);
        resource.submit(teacher, NOW);
        resource.approve(asLibrarian, librarian, null, NOW);
        assertTrue(resource.isVisibleTo(Viewer.ANONYMOUS));

        assertThrows(WorkflowViolationException.class, () -> resource.retire(otherSchool, teacher, null, NOW));
        resource.retire(asTeacher, teacher, "Đã có giáo trình mới", NOW);
        assertFalse(resource.isVisibleTo(Viewer.ANONYMOUS));
        assertTrue(resource.isVisibleTo(asTeacher));
        assertThrows(WorkflowViolationException.class,
                () -> resource.addVersion(PDF, "y.pdf", "application/pdf", null, teacher, NOW));
    }

    @Test
    void newVersionsKeepTheOldOnesAndScopeIsFixedOnceSubmitted() {
        LearningResource resource = draft(SharingScope.SCHOOL, Licence.CC_BY);
        resource.addVersion(PDF, "v1.pdf", "application/pdf", null, teacher, NOW);
        resource.addVersion(new StoredBlob("b".repeat(64), 99), "../../v2.pdf", "application/pdf", "sửa lỗi", teacher, NOW);
        assertEquals(List.of(1, 2), resource.getVersions().stream().map(ResourceVersion::getNumber).toList());
        assertEquals("v2.pdf", resource.latestVersion().orElseThrow().getFileName(), "no path survives in a name");

        resource.submit(teacher, NOW);
        resource.approve(asSchoolAdmin, schoolAdmin, null, NOW);
        ResourceDetails wider = new ResourceDetails("Giáo trình", null, ResourceType.DOCUMENT, Set.of(), null, "vi",
                Licence.CC_BY, Set.of(), null, SharingScope.NETWORK);
        assertThrows(WorkflowViolationException.class, () -> resource.describe(wider, teacher, NOW));
    }

    @Test
    void editsKeepWhatTheyReplacedInTheHistory() {
        LearningResource resource = draft(SharingScope.SCHOOL, Licence.CC_BY);
        ResourceDetails before = resource.details();
        ResourceDetails after = new ResourceDetails("Giáo trình Điện công nghiệp (sửa đổi)", before.description(),
                before.type(), before.occupationCodes(), before.level(), before.language(), Licence.CC_BY_SA,
                before.keywords(), null, before.scope());

        resource.describe(after, teacher, NOW);
        resource.describe(after, teacher, NOW);

        assertEquals("Giáo trình Điện công nghiệp (sửa đổi)", resource.getTitle());
        List<ResourceHistoryEntry> edits = resource.getHistory().stream()
                .filter(entry -> entry.getAction() == HistoryAction.EDITED).toList();
        assertEquals(1, edits.size(), "an edit that changes nothing is not recorded");
        assertEquals("title=«Giáo trình Điện công nghiệp»; licence=«CC_BY»", edits.get(0).getNote());
    }

    @Test
    void linksCarryAUrlAndNoFile() {
        LearningResource link = LearningResource.draft(haiPhong, teacher, new ResourceDetails("Video an toàn",
                null, ResourceType.LINK, Set.of(), null, "vi", Licence.CC_BY, Set.of(), "https://example.vn/video",
                SharingScope.SCHOOL), NOW);
        assertThrows(WorkflowViolationException.class,
                () -> link.addVersion(PDF, "x.pdf", "application/pdf", null, teacher, NOW));
        link.submit(teacher, NOW);
        assertEquals(ResourceStatus.SUBMITTED, link.getStatus());
    }

    @Test
    void fileNamesAreLabelsOnly() {
        assertEquals("passwd", FileNames.sanitise("../../etc/passwd"));
        assertEquals("evil.jsp", FileNames.sanitise("C:\\temp\\evil.jsp"));
        assertEquals("rm -rf _(x)_.pdf", FileNames.sanitise("-rm -rf $(x)`.pdf"));
        assertEquals("tep-tai-len", FileNames.sanitise("\u0000\u0001"));
        assertEquals("tep-tai-len", FileNames.sanitise(null));
        assertEquals("Giáo trình.pdf", FileNames.sanitise("Gia\u0301o tri\u0300nh.pdf"));
        String longName = "a".repeat(300) + ".docx";
        assertEquals(FileNames.MAX_LENGTH, FileNames.sanitise(longName).length());
        assertTrue(FileNames.sanitise(longName).endsWith(".docx"));
        assertEquals("pdf", FileNames.extension("Bài 1.PDF"));
    }
}
