package vn.tvet.lms.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A search as a person typed it: free text (with "quoted phrases"; no field syntax, so nothing typed can
 * reach into fields it should not), the facet values ticked (several values of one facet are alternatives),
 * the order, and the page.
 */
public record SearchQuery(String text, Map<Facet, Set<String>> selected, Order order, int page, int pageSize) {

    /** Longest query text taken; the rest is ignored (and the caller told). */
    public static final int MAX_TEXT = 500;
    public static final int MAX_PAGE_SIZE = 100;
    /**
     * Results can be paged through to this depth: Lucene collects every hit up to the page asked for, so
     * an unbounded page number in a URL would make one request collect millions.
     */
    public static final int MAX_DEPTH = 10_000;

    /** Result order. */
    public enum Order {
        RELEVANCE,
        NEWEST
    }

    public SearchQuery {
        text = text == null ? "" : text;
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        (selected == null ? Map.<Facet, Set<String>>of() : selected).forEach((facet, values) -> {
            if (values != null && !values.isEmpty()) {
                copy.put(facet, Set.copyOf(values));
            }
        });
        selected = Map.copyOf(copy);
        order = order == null ? Order.RELEVANCE : order;
        pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, pageSize));
        page = Math.max(0, Math.min(page, MAX_DEPTH / pageSize - 1));
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Map.of(), Order.RELEVANCE, 0, 20);
    }

    public boolean truncated() {
        return text.length() > MAX_TEXT;
    }
}
