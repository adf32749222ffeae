package vn.tvet.lms.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits for one viewer, with the total and the facet counts computed over everything that
 * viewer may see (and nothing else).
 */
public record SearchResults(long total, List<Hit> hits, Map<Facet, List<FacetCount>> facets) {

    /**
     * A found document: enough to list it without another lookup, with a snippet whose only markup is
     * {@code <mark>} around matches (everything else in it is escaped). {@code type} is null except for
     * library items; {@code schoolId} is 0 for frameworks.
     */
    public record Hit(long id, String title, String snippetHtml, vn.tvet.lms.library.ResourceType type,
            long schoolId, String schoolName, java.time.Instant updatedAt, float score, DocumentKind kind) {
    }

    /** How many of the viewer's results carry a facet value, and whether the viewer ticked it. */
    public record FacetCount(String value, long count, boolean selected) {
    }

    public static SearchResults empty() {
        return new SearchResults(0, List.of(), Map.of());
    }
}
