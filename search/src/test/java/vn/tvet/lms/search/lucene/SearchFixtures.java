package vn.tvet.lms.search.lucene;

import java.time.Instant;
import java.util.Set;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.library.Licence;
import vn.tvet.lms.library.ResourceStatus;
import vn.tvet.lms.library.ResourceType;
import vn.tvet.lms.library.SharingScope;
import vn.tvet.lms.search.IndexedResource;

/** Small builders for search tests. */
final class SearchFixtures {

    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    /** Signed in, member of school 1 and 2: sees every published item of the fixtures. */
    static final Viewer EVERYONE_PUBLISHED = new Viewer(999L, Set.of(1L, 2L, 3L), Set.of(), false);

    private SearchFixtures() {
    }

    static IndexedResource published(long id, String title, String text) {
        return resource(id, title, text, ResourceType.DOCUMENT, "6520227", 1, ResourceStatus.PUBLISHED, SharingScope.PUBLIC, 10);
    }

    static IndexedResource resource(long id, String title, String text, ResourceType type, String occupation, long school,
            ResourceStatus status, SharingScope scope, long author) {
        return new IndexedResource(id, title, "", Set.of(), text, type, Set.of(occupation), "COLLEGE", Licence.CC_BY, school,
                "Trường " + school, "vi", status, scope, author, NOW.plusSeconds(id));
    }
}
