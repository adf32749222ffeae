package vn.tvet.lms.web.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.tvet.lms.catalog.CaseJson;
import vn.tvet.lms.catalog.CompetencyFramework;
import vn.tvet.lms.catalog.CompetencyItem;
import vn.tvet.lms.catalog.FrameworkCatalogue;
import vn.tvet.lms.catalog.FrameworkCsv;
import vn.tvet.lms.catalog.FrameworkDraft;
import vn.tvet.lms.catalog.FrameworkNotFoundException;

/** One framework version: its tree, and its export as CSV or as a CASE 1.1 package. */
@Named
@ViewScoped
public class FrameworkPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FrameworkCatalogue catalogue;

    @Inject
    Clock clock;

    private String id;
    private long frameworkId;
    private transient CompetencyFramework framework;
    private transient List<CompetencyItem> tree;

    public void load() {
        try {
            frameworkId = Long.parseLong(String.valueOf(id));
        } catch (NumberFormatException e) {
            throw new FrameworkNotFoundException(-1);
        }
        FrameworkCatalogue.FrameworkTree loaded = catalogue.tree(frameworkId);
        framework = loaded.framework();
        tree = loaded.items();
    }

    public StreamedContent getCsv() {
        FrameworkDraft draft = catalogue.export(frameworkId);
        return download(draft, FrameworkCsv.write(draft), ".csv", "text/csv; charset=UTF-8", true);
    }

    public StreamedContent getCaseJson() {
        FrameworkDraft draft = catalogue.export(frameworkId);
        return download(draft, CaseJson.write(draft, caseBaseUri(), clock.instant()), ".json", "application/json", false);
    }

    /** Where this installation serves CASE packages, so exported URIs point back here. */
    public String caseBaseUri() {
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        return external.getRequestScheme() + "://" + external.getRequestServerName() + ":" + external.getRequestServerPort()
                + external.getRequestContextPath() + "/api/ims/case/v1p1";
    }

    private static StreamedContent download(FrameworkDraft draft, String text, String extension, String type,
            boolean excelBom) {
        // A byte-order mark lets Excel open the Vietnamese text as UTF-8.
        byte[] bytes = ((excelBom ? "\uFEFF" : "") + text).getBytes(StandardCharsets.UTF_8);
        String name = (draft.code() + "-" + draft.version()).replaceAll("[^A-Za-z0-9.-]", "_") + extension;
        return DefaultStreamedContent.builder().name(name).contentType(type).contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public CompetencyFramework getFramework() {
        return framework;
    }

    public List<CompetencyItem> getTree() {
        return tree;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
