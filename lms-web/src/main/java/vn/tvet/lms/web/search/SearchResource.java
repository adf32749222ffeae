package vn.tvet.lms.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tvet.lms.search.SearchIndex;
import vn.tvet.lms.search.SearchResults;
import vn.tvet.lms.web.account.Visitor;

/**
 * {@code GET /api/search?q=…&type=…&occupation=…&level=…&licence=…&school=…&language=…&sort=…&page=…&size=…}:
 * the same search as the results page, as JSON, within what the caller may see (anonymous callers see
 * public material). Badly typed queries answer normally.
 */
@Path("/search")
@RequestScoped
public class SearchResource {

    @Inject
    SearchIndex index;

    @Inject
    Visitor visitor;

    @Inject
    SearchLinks links;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public SearchResultsJson search() {
        SearchRequest search = SearchRequest.from(request.getParameterMap());
        SearchResults results = index.search(search.query(), visitor.viewer());
        List<SearchResultsJson.HitJson> hits = results.hits().stream().map(hit -> new SearchResultsJson.HitJson(hit.id(),
                hit.title(), hit.snippetHtml(), hit.kind().name(), hit.type() == null ? null : hit.type().name(), hit.schoolId(),
                hit.schoolName(), hit.updatedAt().toString(),
                links.path(hit) == null ? null : request.getContextPath() + links.path(hit))).toList();
        Map<String, List<SearchResultsJson.FacetJson>> facets = new LinkedHashMap<>();
        results.facets().forEach((facet, counts) -> facets.put(SearchRequest.parameterName(facet), counts.stream()
                .map(count -> new SearchResultsJson.FacetJson(count.value(), count.count(), count.selected())).toList()));
        return new SearchResultsJson(search.text(), results.total(), search.page(), search.size(),
                search.query().truncated(), hits, facets);
    }
}
