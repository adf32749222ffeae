package vn.tvet.lms.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.catalog.TrainingLevel;
import vn.tvet.lms.institution.Institution;
import vn.tvet.lms.institution.InstitutionType;
import vn.tvet.lms.library.LearningResource;
import vn.tvet.lms.library.Licence;
import vn.tvet.lms.library.ResourceDetails;
import vn.tvet.lms.library.ResourceType;
import vn.tvet.lms.library.SharingScope;
import vn.tvet.lms.search.Facet;
import vn.tvet.lms.search.IndexedResource;
import vn.tvet.lms.search.SearchQuery;
import vn.tvet.lms.search.SearchResults;
import vn.tvet.lms.storage.StoredBlob;

/**
 * The filter inside every search agrees with the domain's one visibility rule
 * ({@link LearningResource#isVisibleTo}) for resources taken through the real workflow into every status
 * and scope, and for every kind of viewer; facet counts agree too.
 */
class VisibilityFilterTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    Path directory;

    @Test
    void searchShowsExactlyWhatTheDomainRuleAllows() {
        Random random = new Random(20261123);
        List<Institution> schools = List.of(school(1), school(2), school(3));
        List<Person> teachers = new ArrayList<>();
        for (long id = 10; id < 16; id++) {
            teachers.add(person(id));
        }
        Person librarian = person(90);
        Viewer asLibrarian = new Viewer(90L, Set.of(), Set.of(), true);
        List<LearningResource> resources = new ArrayList<>();
        try (LuceneSearchIndex index = LuceneSearchIndex.open(directory.resolve("index"))) {
            for (long id = 1; id <= 200; id++) {
                Person author = teachers.get(random.nextInt(teachers.size()));
                Institution school = schools.get((int) (author.getId() % 3));
                SharingScope scope = SharingScope.values()[random.nextInt(SharingScope.values().length)];
                LearningResource resource = withId(LearningResource.draft(school, author, new ResourceDetails(
                        "Học liệu điện số " + id, "mô tả", ResourceType.values()[random.nextInt(5)], Set.of("65202" + random.nextInt(3)),
                        TrainingLevel.COLLEGE, "vi", Licence.CC_BY, Set.of(), null, scope), NOW), id);
                Viewer authorViewer = new Viewer(author.getId(), Set.of(school.getId()), Set.of(), false);
                Viewer schoolAdmin = new Viewer(80L + school.getId(), Set.of(school.getId()), Set.of(school.getId()), false);
                int step = scope == SharingScope.PRIVATE ? 0 : random.nextInt(4);
                if (step >= 1) {
                    resource.addVersion(new StoredBlob("a".repeat(64), 10), "f.pdf", "application/pdf", null, author, NOW);
                    resource.submit(author, NOW);
                }
                if (step >= 2) {
                    resource.approve(scope == SharingScope.SCHOOL ? schoolAdmin : asLibrarian,
                            scope == SharingScope.SCHOOL ? person(80 + school.getId()) : librarian, null, NOW);
                }
                if (step >= 3) {
                    resource.retire(authorViewer, author, null, NOW);
                }
                resources.add(resource);
                index.put(IndexedResource.of(resource, ""));
            }
            index.commit();

            List<Viewer> viewers = new ArrayList<>(List.of(Viewer.ANONYMOUS, asLibrarian,
                    new Viewer(81L, Set.of(1L), Set.of(1L), false), new Viewer(82L, Set.of(2L), Set.of(2L), false),
                    new Viewer(50L, Set.of(1L, 2L), Set.of(), false), new Viewer(51L, Set.of(), Set.of(), false),
                    new Viewer(83L, Set.of(3L), Set.of(3L), true)));
            teachers.forEach(t -> viewers.add(new Viewer(t.getId(), Set.of(t.getId() % 3 + 1), Set.of(), false)));
            for (Viewer viewer : viewers) {
                Set<Long> expected = new TreeSet<>();
                resources.stream().filter(r -> r.isVisibleTo(viewer)).forEach(r -> expected.add(r.getId()));
                SearchResults results = index.search(new SearchQuery("điện", Map.of(), SearchQuery.Order.RELEVANCE, 0, 100),
                        viewer);
                Set<Long> found = new TreeSet<>(results.hits().stream().map(SearchResults.Hit::id).toList());
                SearchResults more = index.search(new SearchQuery("điện", Map.of(), SearchQuery.Order.RELEVANCE, 1, 100), viewer);
                more.hits().forEach(hit -> found.add(hit.id()));
                assertEquals(expected, found, "viewer " + viewer);
                assertEquals(expected.size(), results.total(), "total for " + viewer);
                long counted = results.facets().get(Facet.TYPE).stream().mapToLong(SearchResults.FacetCount::count).sum();
                assertEquals(expected.size(), counted, "facet counts for " + viewer);
            }
        }
    }

    private static Institution school(long id) {
        return withId(new Institution("S" + id, "Trường " + id, InstitutionType.COLLEGE, "Hải Phòng", NOW), id);
    }

    private static Person person(long id) {
        return withId(new Person("user" + id, "Người dùng " + id, null, "h", false, NOW), id);
    }

    private static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
