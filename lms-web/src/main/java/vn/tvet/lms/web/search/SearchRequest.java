package vn.tvet.lms.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.tvet.lms.search.Facet;
import vn.tvet.lms.search.SearchQuery;

/**
 * A search as it travels in a URL, shared by the results page and the JSON endpoint:
 * {@code q}, one parameter per facet (repeatable: {@code type=VIDEO&type=DOCUMENT}), {@code sort}
 * ({@code relevance} or {@code newest}), {@code page} (from 1) and {@code size}. Anything unreadable falls
 * back to its default, so a hand-edited URL never fails.
 */
record SearchRequest(String text, Map<Facet, Set<String>> selected, SearchQuery.Order order, int page, int size) {

    static final int DEFAULT_SIZE = 20;

    static SearchRequest from(Map<String, String[]> parameters) {
        Map<Facet, Set<String>> selected = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            String[] values = parameters.get(parameterName(facet));
            if (values != null) {
                Set<String> kept = new LinkedHashSet<>();
                for (String value : values) {
                    if (value != null && !value.isBlank() && value.length() <= 100) {
                        kept.add(value.strip());
                    }
                }
                if (!kept.isEmpty()) {
                    selected.put(facet, kept);
                }
            }
        }
        SearchQuery.Order order = "newest".equals(first(parameters, "sort")) ? SearchQuery.Order.NEWEST
                : SearchQuery.Order.RELEVANCE;
        return new SearchRequest(first(parameters, "q"), selected, order, number(first(parameters, "page"), 1, 1, 10_000),
                number(first(parameters, "size"), DEFAULT_SIZE, 1, SearchQuery.MAX_PAGE_SIZE));
    }

    SearchQuery query() {
        return new SearchQuery(text, selected, order, page - 1, size);
    }

    static String parameterName(Facet facet) {
        return facet.name().toLowerCase(Locale.ROOT);
    }

    /** The same search with one facet value ticked or unticked, back on the first page. */
    SearchRequest toggled(Facet facet, String value) {
        Map<Facet, Set<String>> changed = new EnumMap<>(Facet.class);
        changed.putAll(selected);
        Set<String> values = new LinkedHashSet<>(selected.getOrDefault(facet, Set.of()));
        if (!values.remove(value)) {
            values.add(value);
        }
        if (values.isEmpty()) {
            changed.remove(facet);
        } else {
            changed.put(facet, values);
        }
        return new SearchRequest(text, changed, order, 1, size);
    }

    SearchRequest onPage(int other) {
        return new SearchRequest(text, selected, order, other, size);
    }

    SearchRequest ordered(SearchQuery.Order other) {
        return new SearchRequest(text, selected, other, 1, size);
    }

    /** The query string that carries this search, without the leading {@code ?}. */
    String queryString() {
        List<String> parts = new ArrayList<>();
        if (!text.isBlank()) {
            parts.add("q=" + encode(text));
        }
        selected.forEach((facet, values) -> values.forEach(value -> parts.add(parameterName(facet) + "=" + encode(value))));
        if (order == SearchQuery.Order.NEWEST) {
            parts.add("sort=newest");
        }
        if (page > 1) {
            parts.add("page=" + page);
        }
        if (size != DEFAULT_SIZE) {
            parts.add("size=" + size);
        }
        return String.join("&", parts);
    }

    SearchRequest {
        text = text == null ? "" : text;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static int number(String text, int fallback, int min, int max) {
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(text)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
