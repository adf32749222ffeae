package vn.tvet.lms.web.courseware;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tvet.lms.catalog.CompetencyItem;
import vn.tvet.lms.text.TextFolding;

/**
 * The searchable competency tree of one framework version: what is ticked, and which rows the search
 * leaves visible. A row shows when it or any of its descendants matches (so a match keeps its unit and
 * element around it); matching ignores case and Vietnamese diacritics. Ticks on hidden rows are kept.
 */
public class CompetencyPicker implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One item of the tree, flattened in tree order. */
    public record Row(long id, Long parentId, int depth, String kind, String code, String statement, Integer skillLevel,
            String folded) implements Serializable {
    }

    private final List<Row> rows;
    private final Map<Long, Boolean> ticked = new HashMap<>();
    private String filter = "";

    CompetencyPicker(List<CompetencyItem> items, Set<Long> alreadyMapped) {
        rows = items.stream().map(item -> new Row(item.getId(), item.getParent() == null ? null : item.getParent().getId(),
                item.getDepth(), item.getKind().name(), item.getCode(), item.getStatement(), item.getSkillLevel(),
                TextFolding.fold(item.getCode() + " " + item.getStatement()))).toList();
        rows.forEach(row -> ticked.put(row.id(), alreadyMapped.contains(row.id())));
    }

    /** Rows left by the search, in tree order. */
    public List<Row> getVisibleRows() {
        String wanted = TextFolding.fold(filter == null ? "" : filter).strip();
        if (wanted.isEmpty()) {
            return rows;
        }
        Map<Long, Row> byId = new HashMap<>();
        rows.forEach(row -> byId.put(row.id(), row));
        Set<Long> shown = new HashSet<>();
        for (Row row : rows) {
            if (row.folded().contains(wanted)) {
                Row at = row;
                while (at != null && shown.add(at.id())) {
                    at = at.parentId() == null ? null : byId.get(at.parentId());
                }
            }
        }
        List<Row> visible = new ArrayList<>();
        rows.stream().filter(row -> shown.contains(row.id())).forEach(visible::add);
        return visible;
    }

    /** Ids of the ticked items of this framework. */
    public Set<Long> tickedIds() {
        Set<Long> ids = new HashSet<>();
        ticked.forEach((id, on) -> {
            if (Boolean.TRUE.equals(on)) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** Every item id of this framework (ticked or not), so a save replaces only this framework's part. */
    public Set<Long> allIds() {
        Set<Long> ids = new HashSet<>();
        rows.forEach(row -> ids.add(row.id()));
        return ids;
    }

    public Map<Long, Boolean> getTicked() {
        return ticked;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }
}
