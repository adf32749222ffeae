package vn.tvet.lms.web.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.file.UploadedFile;
import vn.tvet.lms.catalog.CaseJson;
import vn.tvet.lms.catalog.CompetencyFramework;
import vn.tvet.lms.catalog.CompetencyFrameworks;
import vn.tvet.lms.catalog.FrameworkCatalogue;
import vn.tvet.lms.catalog.FrameworkCsv;
import vn.tvet.lms.catalog.FrameworkDraft;
import vn.tvet.lms.catalog.FrameworkFileException;
import vn.tvet.lms.importing.CsvFileException;
import vn.tvet.lms.importing.UploadedCsv;
import vn.tvet.lms.web.platform.Texts;

/**
 * Competency frameworks for network admins: the stored versions, and importing a new one from a CASE 1.1
 * JSON package or from a CSV (whose framework code, title and version come from the form). A file that
 * breaks the rules is refused with every problem listed; nothing is stored then.
 */
@Named
@ViewScoped
public class FrameworksPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient java.util.List<vn.tvet.lms.programme.Programmes.OccupationIndicator> byOccupation;
    public static final long MAX_BYTES = 5_000_000;

    @Inject
    vn.tvet.lms.web.account.CurrentUser currentUser;

    @Inject
    CompetencyFrameworks frameworks;

    @Inject
    FrameworkCatalogue catalogue;

    @Inject
    Texts texts;

    @Inject
    CaseProviderClient caseProvider;

    private String packageUrl;

    private transient UploadedFile file;
    private String code;
    private String title;
    private String version;
    private String publisher;
    private boolean digital;
    private boolean osh;
    private List<String> problems = List.of();

    /** A stored version with its size, for the list. */
    public record Row(long id, String code, String title, String version, boolean digital, boolean osh, long items,
            String identifier) {
    }

    @Inject
    vn.tvet.lms.programme.Programmes programmes;

    /** How many of the network's programmes are mapped to a framework (at least one module mapped). */
    /** Occupations with programmes in the network, each with how many are mapped; computed once per view. */
    public java.util.List<vn.tvet.lms.programme.Programmes.OccupationIndicator> getByOccupation() {
        if (byOccupation == null) {
            byOccupation = programmes.mappingByOccupation();
        }
        return byOccupation;
    }

    public long getOccupationsMapped() {
        return getByOccupation().stream().filter(vn.tvet.lms.programme.Programmes.OccupationIndicator::isMapped).count();
    }

    public int getOccupationPercent() {
        return getByOccupation().isEmpty() ? 0 : (int) Math.round(100.0 * getOccupationsMapped() / getByOccupation().size());
    }

    public vn.tvet.lms.programme.Programmes.MappingIndicator getIndicator() {
        return programmes.mappingIndicator();
    }

    /** The stored versions with their sizes: two queries, however many versions there are. */
    public List<Row> getRows() {
        java.util.Map<Long, Long> counts = frameworks.itemCounts();
        return frameworks.all().stream().map(f -> new Row(f.getId(), f.getCode(), f.getTitle(), f.getVersion(), f.isDigital(),
                f.isOsh(), counts.getOrDefault(f.getId(), 0L), f.getIdentifier())).toList();
    }

    public void importFile() {
        problems = List.of();
        if (file == null || file.getSize() == 0) {
            texts.error("frameworks.noFile");
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            texts.error("import.file.tooLarge");
            return;
        }
        try {
            FrameworkDraft draft = file.getFileName().toLowerCase(Locale.ROOT).endsWith(".json")
                    ? CaseJson.read(UploadedCsv.utf8(file.getContent()), blankToEmpty(version))
                    : FrameworkCsv.read(UploadedCsv.utf8(file.getContent()), catalogue.identifierFor(blankToEmpty(code)),
                            blankToEmpty(code), blankToEmpty(title), blankToEmpty(version), publisher, digital, osh);
            CompetencyFramework stored = catalogue.importVersion(currentUser.viewer(), draft);
            texts.info("frameworks.imported", stored.getCode(), stored.getVersion(), draft.items().size());
            code = null;
            title = null;
            version = null;
        } catch (FrameworkFileException e) {
            refused(e);
        } catch (CsvFileException e) {
            texts.error("import.file." + e.reason());
        }
    }

    /** Imports the package a CASE provider serves at {@code CFPackages/{identifier}}. */
    public void importFromUrl() {
        problems = List.of();
        if (packageUrl == null || packageUrl.isBlank()) {
            texts.fieldError("fromUrl:url", "frameworks.url.missing");
            return;
        }
        try {
            byte[] json = caseProvider.fetch(packageUrl);
            FrameworkDraft draft = CaseJson.read(UploadedCsv.utf8(json), blankToEmpty(version));
            CompetencyFramework stored = catalogue.importVersion(currentUser.viewer(), draft);
            texts.info("frameworks.imported", stored.getCode(), stored.getVersion(), draft.items().size());
            packageUrl = null;
        } catch (CaseProviderClient.FetchRefusedException e) {
            texts.fieldError("fromUrl:url", "frameworks.url." + e.refusal());
        } catch (FrameworkFileException e) {
            refused(e);
        } catch (CsvFileException e) {
            texts.error("import.file." + e.reason());
        }
    }

    /** Every problem of the file, in the reader's language; nothing was stored. */
    private void refused(FrameworkFileException e) {
        problems = e.details().stream().map(problem -> texts.get("framework.problem." + problem.key(),
                problem.arguments().stream().map(argument -> argument instanceof vn.tvet.lms.catalog.CompetencyKind kind
                        ? texts.get("competencyKind." + kind.name()) : argument).toArray())).toList();
        texts.error("frameworks.refused", problems.size());
    }

    public boolean isUrlImportEnabled() {
        return caseProvider.isEnabled();
    }

    public String getPackageUrl() {
        return packageUrl;
    }

    public void setPackageUrl(String packageUrl) {
        this.packageUrl = packageUrl;
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    public List<String> getProblems() {
        return problems;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public boolean isDigital() {
        return digital;
    }

    public void setDigital(boolean digital) {
        this.digital = digital;
    }

    public boolean isOsh() {
        return osh;
    }

    public void setOsh(boolean osh) {
        this.osh = osh;
    }
}
