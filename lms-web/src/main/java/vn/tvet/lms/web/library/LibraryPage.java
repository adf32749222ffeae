package vn.tvet.lms.web.library;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.catalog.TrainingLevel;
import vn.tvet.lms.library.LearningResource;
import vn.tvet.lms.library.LearningResources;
import vn.tvet.lms.library.LibraryQuery;
import vn.tvet.lms.library.Licence;
import vn.tvet.lms.library.ResourceType;
import vn.tvet.lms.web.account.Visitor;

/**
 * Browsing the shared library: the published resources the person may see, filtered by type, occupation,
 * level, licence, school and language, sorted and paged in the database. Also the "My items" list.
 *
 * <p>Everything the list shows is in its URL ({@code ?q=…&type=…&sort=title&dir=asc&page=2}): a filtered page
 * can be bookmarked and shared, and an anonymous reader keeps no state on the server (no HTTP session).
 * Unknown or malformed parameters are ignored, as if absent.
 */
@Named
@RequestScoped
public class LibraryPage {

    static final List<Integer> PAGE_SIZES = List.of(10, 20, 50);
    private static final int DEFAULT_SIZE = 20;
    /** The sort keys the table's headers offer; {@link LearningResources} maps them to columns. */
    private static final List<String> SORTS = List.of("title", "type", "owner", "updatedAt");

    @Inject
    Visitor visitor;

    @Inject
    LearningResources resources;

    private ResourceType type;
    private String occupation;
    private TrainingLevel level;
    private Licence licence;
    private Long school;
    private String language;
    private String title;
    private String sort = "updatedAt";
    private boolean ascending;
    private int page = 1;
    private int size = DEFAULT_SIZE;
    private boolean mine;
    private List<LearningResource> rows;
    private long total = -1;

    public record PageLink(int number, String url, boolean current) {
    }

    @PostConstruct
    void readParameters() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        title = text(parameters.get("q"), 100);
        occupation = text(parameters.get("occupation"), 20);
        language = text(parameters.get("lang"), 5);
        type = parse(parameters.get("type"), ResourceType::valueOf);
        level = parse(parameters.get("level"), TrainingLevel::valueOf);
        licence = parse(parameters.get("licence"), Licence::valueOf);
        school = parse(parameters.get("school"), Long::valueOf);
        String sortKey = parameters.get("sort");
        if (sortKey != null && SORTS.contains(sortKey)) {
            sort = sortKey;
            ascending = "asc".equals(parameters.get("dir"));
        }
        Integer asked = parse(parameters.get("size"), Integer::valueOf);
        size = asked != null && PAGE_SIZES.contains(asked) ? asked : DEFAULT_SIZE;
        Integer number = parse(parameters.get("page"), Integer::valueOf);
        page = number == null || number < 1 ? 1 : number;
    }

    /** Called by the "My items" page: the person's own resources in every status. */
    public void showMine() {
        mine = true;
    }

    public List<LearningResource> getRows() {
        if (rows == null) {
            Viewer viewer = visitor.viewer();
            // A page past the end (an old link, a typed number) shows the last page instead of nothing.
            page = Math.min(page, Math.max(1, getPageCount()));
            int first = (page - 1) * size;
            rows = mine ? resources.authoredBy(viewer, query(), first, size, sort, ascending)
                    : resources.published(viewer, query(), first, size, sort, ascending);
        }
        return rows;
    }

    public long getTotal() {
        if (total < 0) {
            Viewer viewer = visitor.viewer();
            total = mine ? resources.countAuthoredBy(viewer, query()) : resources.countPublished(viewer, query());
        }
        return total;
    }

    public int getPageCount() {
        return (int) Math.min(Integer.MAX_VALUE, (getTotal() + size - 1) / size);
    }

    /** Up to ten pages around the current one, as links that keep the filters and the sort. */
    public List<PageLink> getPages() {
        int count = getPageCount();
        List<PageLink> links = new ArrayList<>();
        int first = Math.max(1, Math.min(page - 4, count - 9));
        for (int number = first; number <= count && links.size() < 10; number++) {
            links.add(new PageLink(number, url(sort, ascending, number), number == page));
        }
        return links.size() > 1 ? links : List.of();
    }

    /** The link a column header leads to: sorted by that column, flipping the direction when it already is. */
    public String sortUrl(String key) {
        boolean up = key.equals(sort) ? !ascending : !"updatedAt".equals(key);
        return url(key, up, 1);
    }

    /** {@code aria-sort} for a column header. */
    public String ariaSort(String key) {
        return !key.equals(sort) ? "none" : ascending ? "ascending" : "descending";
    }

    private String url(String sortKey, boolean up, int number) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("q", title);
        parameters.put("type", type);
        parameters.put("occupation", occupation);
        parameters.put("level", level);
        parameters.put("licence", licence);
        parameters.put("school", school);
        parameters.put("lang", language);
        parameters.put("sort", sortKey);
        parameters.put("dir", up ? "asc" : "desc");
        parameters.put("size", size == DEFAULT_SIZE ? null : size);
        parameters.put("page", number == 1 ? null : number);
        StringBuilder url = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append(mine ? "/library/mine.xhtml" : "/library/index.xhtml");
        char separator = '?';
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            if (parameter.getValue() != null) {
                url.append(separator).append(parameter.getKey()).append('=')
                        .append(URLEncoder.encode(String.valueOf(parameter.getValue()), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return url.toString();
    }

    private LibraryQuery query() {
        return new LibraryQuery(type, occupation, level, licence, school, language, title);
    }

    private static String text(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.length() > max ? trimmed.substring(0, max) : trimmed;
    }

    private static <T> T parse(String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public boolean isMine() {
        return mine;
    }

    public ResourceType getType() {
        return type;
    }

    public String getOccupation() {
        return occupation;
    }

    public TrainingLevel getLevel() {
        return level;
    }

    public Licence getLicence() {
        return licence;
    }

    public Long getSchool() {
        return school;
    }

    public String getLanguage() {
        return language;
    }

    public String getTitle() {
        return title;
    }

    public int getPage() {
        return page;
    }

    public int getSize() {
        return size;
    }

    public List<Integer> getPageSizes() {
        return PAGE_SIZES;
    }

    public String getSort() {
        return sort;
    }

    public boolean isAscending() {
        return ascending;
    }
}
