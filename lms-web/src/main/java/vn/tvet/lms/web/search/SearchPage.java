package vn.tvet.lms.web.search;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tvet.lms.catalog.Occupations;
import vn.tvet.lms.institution.Institution;
import vn.tvet.lms.institution.Institutions;
import vn.tvet.lms.search.Facet;
import vn.tvet.lms.search.SearchIndex;
import vn.tvet.lms.search.SearchQuery;
import vn.tvet.lms.search.SearchResults;
import vn.tvet.lms.web.account.Visitor;
import vn.tvet.lms.web.platform.Texts;

/**
 * The results page: the search comes from the URL (so results can be bookmarked and shared and the back
 * button works), facets are links that tick or untick a value, and the page only ever lists what the
 * person may see.
 */
@Named
@RequestScoped
public class SearchPage {

    @Inject
    SearchIndex index;

    @Inject
    Visitor visitor;

    @Inject
    Institutions institutions;

    @Inject
    Texts texts;

    @Inject
    Occupations occupations;

    private SearchRequest request;
    private SearchResults results;
    private final Map<Long, String> schoolNames = new HashMap<>();
    private Map<String, String> occupationNames = Map.of();

    /** A facet value as the page shows it. */
    public record FacetLink(String label, long count, boolean selected, String url) {
    }

    /** A facet and its values. */
    public record FacetGroup(String id, String title, List<FacetLink> values) {
    }

    /** A link to one page of results. */
    public record PageLink(int number, String url, boolean current) {
    }

    @PostConstruct
    void search() {
        request = SearchRequest.from(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap());
        results = index.search(request.query(), visitor.viewer());
    }

    public String getText() {
        return request.text();
    }

    public SearchResults getResults() {
        return results;
    }

    public boolean isShortened() {
        return request.query().truncated();
    }

    public boolean isNewestFirst() {
        return request.order() == SearchQuery.Order.NEWEST;
    }

    public String getRelevanceUrl() {
        return url(request.ordered(SearchQuery.Order.RELEVANCE));
    }

    public String getNewestUrl() {
        return url(request.ordered(SearchQuery.Order.NEWEST));
    }

    public int getFirstShown() {
        return results.hits().isEmpty() ? 0 : shownPage() * request.size() + 1;
    }

    public long getLastShown() {
        return results.hits().isEmpty() ? 0 : (long) shownPage() * request.size() + results.hits().size();
    }

    /** The page actually searched, from 0: a page number past {@link SearchQuery#MAX_DEPTH} is brought back. */
    private int shownPage() {
        return request.query().page();
    }

    public List<FacetGroup> getFacets() {
        occupationNames = occupations.namesByCode(results.facets().getOrDefault(Facet.OCCUPATION, List.of()).stream()
                .map(SearchResults.FacetCount::value).toList());
        List<FacetGroup> groups = new ArrayList<>();
        results.facets().forEach((facet, counts) -> {
            List<FacetLink> links = counts.stream().map(count -> new FacetLink(label(facet, count.value()), count.count(),
                    count.selected(), url(request.toggled(facet, count.value())))).toList();
            if (!links.isEmpty()) {
                groups.add(new FacetGroup(SearchRequest.parameterName(facet), texts.get("search.facet." + facet.name()), links));
            }
        });
        return groups;
    }

    /** Up to ten pages around the current one. */
    public List<PageLink> getPages() {
        int last = (int) Math.min(SearchQuery.MAX_DEPTH / request.size(), (results.total() + request.size() - 1) / request.size());
        List<PageLink> pages = new ArrayList<>();
        int first = Math.max(1, shownPage() + 1 - 4);
        for (int number = first; number <= Math.min(last, first + 9); number++) {
            pages.add(new PageLink(number, url(request.onPage(number)), number == shownPage() + 1));
        }
        return pages.size() > 1 ? pages : List.of();
    }

    /** A library item's type, or what kind of document the result is. */
    public String kindLabel(SearchResults.Hit hit) {
        return hit.type() != null ? texts.get("resourceType." + hit.type().name()) : texts.get("documentKind." + hit.kind().name());
    }

    private String label(Facet facet, String value) {
        return switch (facet) {
            case KIND -> texts.get("documentKind." + value);
            case TYPE -> texts.get("resourceType." + value);
            case LICENCE -> texts.get("licence." + value);
            case LEVEL -> texts.get("level." + value);
            case LANGUAGE -> texts.get("language." + value);
            case SCHOOL -> schoolName(value);
            case OCCUPATION -> occupationNames.containsKey(value) ? value + " – " + occupationNames.get(value) : value;
        };
    }

    private String schoolName(String id) {
        try {
            long schoolId = Long.parseLong(id);
            return schoolNames.computeIfAbsent(schoolId,
                    key -> institutions.find(key).map(Institution::getName).orElse(id));
        } catch (NumberFormatException e) {
            return id;
        }
    }

    private static String url(SearchRequest changed) {
        String query = changed.queryString();
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/search.xhtml"
                + (query.isEmpty() ? "" : "?" + query);
    }
}
