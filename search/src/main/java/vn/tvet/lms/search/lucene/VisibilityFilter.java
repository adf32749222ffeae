package vn.tvet.lms.search.lucene;

import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.library.LearningResource;
import vn.tvet.lms.library.ResourceStatus;
import vn.tvet.lms.library.SharingScope;

/**
 * {@link LearningResource#isVisibleTo} as a Lucene query, applied as a filter inside every search so that
 * totals, pages and facet counts only ever count what the viewer may see: the author's own items; items
 * waiting for this viewer's review; published items within the audience of their scope.
 */
final class VisibilityFilter {

    private VisibilityFilter() {
    }

    static Query forViewer(Viewer viewer) {
        BooleanQuery.Builder visible = new BooleanQuery.Builder();
        if (viewer.signedIn()) {
            visible.add(new TermQuery(new Term(ResourceFields.AUTHOR, viewer.personId().toString())), Occur.SHOULD);
        }
        visible.add(published(viewer), Occur.SHOULD);
        Query review = awaitingReviewBy(viewer);
        if (!(review instanceof MatchNoDocsQuery)) {
            visible.add(review, Occur.SHOULD);
        }
        return visible.build();
    }

    private static Query published(Viewer viewer) {
        BooleanQuery.Builder audience = new BooleanQuery.Builder();
        audience.add(scope(SharingScope.PUBLIC), Occur.SHOULD);
        if (viewer.signedIn()) {
            audience.add(scope(SharingScope.NETWORK), Occur.SHOULD);
        }
        if (!viewer.schools().isEmpty()) {
            audience.add(both(scope(SharingScope.SCHOOL), schoolIn(viewer.schools())), Occur.SHOULD);
        }
        return both(status(ResourceStatus.PUBLISHED), audience.build());
    }

    private static Query awaitingReviewBy(Viewer viewer) {
        BooleanQuery.Builder reviewable = new BooleanQuery.Builder();
        boolean any = false;
        if (viewer.libraryAdmin()) {
            reviewable.add(scope(SharingScope.NETWORK), Occur.SHOULD);
            reviewable.add(scope(SharingScope.PUBLIC), Occur.SHOULD);
            any = true;
        }
        if (!viewer.administeredSchools().isEmpty()) {
            reviewable.add(both(scope(SharingScope.SCHOOL), schoolIn(viewer.administeredSchools())), Occur.SHOULD);
            any = true;
        }
        return any ? both(status(ResourceStatus.SUBMITTED), reviewable.build()) : new MatchNoDocsQuery();
    }

    private static Query both(Query first, Query second) {
        return new BooleanQuery.Builder().add(first, Occur.FILTER).add(second, Occur.FILTER).build();
    }

    private static Query status(ResourceStatus status) {
        return new TermQuery(new Term(ResourceFields.STATUS, status.name()));
    }

    private static Query scope(SharingScope scope) {
        return new TermQuery(new Term(ResourceFields.SCOPE, scope.name()));
    }

    private static Query schoolIn(Set<Long> schools) {
        return new TermInSetQuery(ResourceFields.SCHOOL, schools.stream().map(id -> new BytesRef(id.toString())).toList());
    }
}
