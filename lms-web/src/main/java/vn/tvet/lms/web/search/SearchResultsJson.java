package vn.tvet.lms.web.search;

import java.util.List;
import java.util.Map;

/** What {@code GET /api/search} answers. Snippets are HTML whose only tags are {@code <mark>}. */
public record SearchResultsJson(String query, long total, int page, int size, boolean queryShortened, List<HitJson> hits,
        Map<String, List<FacetJson>> facets) {

    /** One result; {@code kind} is RESOURCE, MODULE, PROGRAMME or FRAMEWORK, {@code type} only set for library items. */
    public record HitJson(long id, String title, String snippet, String kind, String type, long schoolId, String school,
            String updatedAt, String url) {
    }

    /** One facet value with the number of the caller's results that have it. */
    public record FacetJson(String value, long count, boolean selected) {
    }
}
