package vn.tvet.lms.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.tvet.lms.fakes.Entities.withId;
import static vn.tvet.lms.fakes.TwoSchools.HAI_PHONG;
import static vn.tvet.lms.fakes.TwoSchools.NOW;
import static vn.tvet.lms.fakes.TwoSchools.QUANG_NINH;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.fakes.RecordedEvents;
import vn.tvet.lms.fakes.TwoSchools;
import vn.tvet.lms.library.WorkflowViolationException.Reason;
import vn.tvet.lms.storage.StoredBlob;

/** Drafting, describing and adding files to library resources, and their review, with the tables in memory. */
class ResourceAuthoringTest {

    private static final StoredBlob PDF = new StoredBlob("a".repeat(64), 1200);

    private final TwoSchools world = new TwoSchools();
    private final Map<Long, LearningResource> rows = new HashMap<>();
    private final LearningResources resources = new LearningResources() {
        @Override
        public void add(LearningResource resource) {
            rows.put(withId(resource, rows.size() + 1L).getId(), resource);
        }

        @Override
        public Optional<LearningResource> find(long id) {
            return Optional.ofNullable(rows.get(id));
        }
    };
    private final RecordedEvents<ResourceChanged> announced = new RecordedEvents<>();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ResourceAuthoring authoring = new ResourceAuthoring(resources, world.people, world.institutions,
            clock, announced);
    private final ResourceReview review = new ResourceReview(resources, world.people, clock, announced,
            new vn.tvet.lms.fakes.RecordedNotifications());

    @Test
    void onlyTheSchoolsTeachersAndAdminsDraftMaterialThere() {
        assertRefused(Reason.NOT_ALLOWED, () -> authoring.draft(world.student, HAI_PHONG, details(SharingScope.SCHOOL)));
        assertRefused(Reason.NOT_ALLOWED,
                () -> authoring.draft(world.otherSchoolsTeacher, HAI_PHONG, details(SharingScope.SCHOOL)));
        assertRefused(Reason.NOT_ALLOWED, () -> authoring.draft(Viewer.ANONYMOUS, HAI_PHONG, details(SharingScope.SCHOOL)));
        LearningResource draft = authoring.draft(world.teacher, HAI_PHONG, details(SharingScope.SCHOOL));
        assertEquals(HAI_PHONG, draft.getOwner().getId());
        assertEquals(ResourceStatus.DRAFT, draft.getStatus());
        assertEquals(List.of(new ResourceChanged(draft.getId())), announced.fired());
    }

    @Test
    void aDraftIsChangedByItsAuthorOnlyAndHiddenFromOtherSchools() {
        long id = authoring.draft(world.teacher, HAI_PHONG, details(SharingScope.SCHOOL)).getId();
        assertEquals(ResourceType.DOCUMENT, authoring.checkUpload(world.teacher, id));
        assertThrows(ResourceNotFoundException.class, () -> authoring.checkUpload(world.otherSchoolsTeacher, id),
                "another school's draft is not found");
        assertThrows(ResourceNotFoundException.class, () -> authoring.checkUpload(world.colleague, id),
                "a colleague's draft is not theirs to see");
        ResourceVersion first = authoring.addVersion(world.teacher, id, PDF, "giao-trinh.pdf", "application/pdf", null);
        assertEquals(1, first.getNumber());
    }

    @Test
    void schoolMaterialIsPublishedByItsSchoolsAdminAfterItIsSubmitted() {
        long id = authoring.draft(world.teacher, HAI_PHONG, details(SharingScope.SCHOOL)).getId();
        authoring.addVersion(world.teacher, id, PDF, "giao-trinh.pdf", "application/pdf", null);
        review.submit(world.teacher, id);
        assertThrows(ResourceNotFoundException.class, () -> review.approve(world.colleague, id, null),
                "a teacher does not publish for the school");
        review.approve(world.schoolAdmin, id, "Đạt");
        assertEquals(ResourceStatus.PUBLISHED, rows.get(id).getStatus());
        assertThrows(ResourceNotFoundException.class, () -> authoring.checkUpload(world.otherSchoolsTeacher, id),
                "school material stays within its school");
        assertEquals(QUANG_NINH, world.school(QUANG_NINH).getId());
    }

    private static ResourceDetails details(SharingScope scope) {
        return new ResourceDetails("Giáo trình Điện công nghiệp", "Mô tả", ResourceType.DOCUMENT, Set.of("6520227"),
                null, "vi", Licence.CC_BY, Set.of("điện"), null, scope);
    }

    private static void assertRefused(Reason reason, Runnable change) {
        assertEquals(reason, assertThrows(WorkflowViolationException.class, change::run).reason());
    }
}
