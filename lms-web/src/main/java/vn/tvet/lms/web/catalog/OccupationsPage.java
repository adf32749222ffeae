package vn.tvet.lms.web.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.tvet.lms.catalog.Occupation;
import vn.tvet.lms.catalog.OccupationCatalogue;
import vn.tvet.lms.catalog.OccupationRow;
import vn.tvet.lms.catalog.Occupations;
import vn.tvet.lms.catalog.TrainingLevel;
import vn.tvet.lms.web.platform.CsvPreviews;
import vn.tvet.lms.web.platform.Texts;

/**
 * The occupation catalogue for network admins: the list, searchable by code or name and by level, sorted
 * and paged in the database; and the CSV import with a preview of every row's change and problems.
 */
@Named
@ViewScoped
public class OccupationsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Far more than the national list (a few hundred codes per level). */
    public static final long MAX_BYTES = 1_000_000;

    @Inject
    vn.tvet.lms.web.account.CurrentUser currentUser;

    @Inject
    Occupations occupations;

    @Inject
    OccupationCatalogue catalogue;

    @Inject
    Texts texts;

    private String text;
    private TrainingLevel level;
    private LazyDataModel<Occupation> list;
    private String fileName;
    private List<OccupationRow> rows = List.of();

    @PostConstruct
    void init() {
        list = new OccupationList();
    }

    public void upload(FileUploadEvent event) {
        rows = List.of();
        fileName = event.getFile().getFileName();
        rows = CsvPreviews.read(event, MAX_BYTES, texts, catalogue::preview);
    }

    public void importRows() {
        if (getImportableCount() == 0) {
            texts.error("import.nothingToImport");
            return;
        }
        OccupationCatalogue.ImportResult result = catalogue.importRows(currentUser.viewer(), rows);
        texts.info("occupations.importDone", result.added(), result.updated());
        rows = List.of();
    }


    public long getImportableCount() {
        return rows.stream().filter(OccupationRow::importable).count();
    }

    public long getProblemCount() {
        return rows.stream().filter(row -> !row.problems().isEmpty()).count();
    }

    public String problemsOf(OccupationRow row) {
        return String.join("; ", row.problems().stream().map(p -> texts.get("occupations.problem." + p.name())).toList());
    }

    public String getConfirmText() {
        return texts.get("occupations.confirm", getImportableCount());
    }

    public TrainingLevel[] getLevels() {
        return TrainingLevel.values();
    }

    public LazyDataModel<Occupation> getList() {
        return list;
    }

    public List<OccupationRow> getRows() {
        return rows;
    }

    public String getFileName() {
        return fileName;
    }

    public long getMaxBytes() {
        return MAX_BYTES;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public TrainingLevel getLevel() {
        return level;
    }

    public void setLevel(TrainingLevel level) {
        this.level = level;
    }

    /** The catalogue a page at a time, with the search fields above the table as its filter. */
    private final class OccupationList extends LazyDataModel<Occupation> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) occupations.count(text, level);
        }

        @Override
        public List<Occupation> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            SortMeta by = sort.values().stream().findFirst().orElse(null);
            return occupations.page(text, level, first, size, by == null ? "code" : by.getField(),
                    by == null || by.getOrder() != SortOrder.DESCENDING);
        }

        @Override
        public String getRowKey(Occupation occupation) {
            return String.valueOf(occupation.getId());
        }

        @Override
        public Occupation getRowData(String key) {
            return null;
        }
    }
}
