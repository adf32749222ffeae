package vn.tvet.lms.web.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.search.SearchIndex;
import vn.tvet.lms.search.SearchQuery;
import vn.tvet.lms.search.SearchResults;

/**
 * The search index for view-scoped pages: they must hold only serializable references, which an
 * application-scoped proxy is and the index itself is not.
 */
@ApplicationScoped
public class IndexSearches {

    @Inject
    SearchIndex index;

    public SearchResults search(SearchQuery query, Viewer viewer) {
        return index.search(query, viewer);
    }
}
