package vn.tvet.lms.web.programme;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.tvet.lms.catalog.Occupation;
import vn.tvet.lms.catalog.Occupations;
import vn.tvet.lms.programme.ProgrammeAuthoring;
import vn.tvet.lms.programme.Programmes;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.Texts;

/** The current school's programmes, and a new one. */
@Named
@ViewScoped
public class ProgrammesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    Programmes programmes;

    @Inject
    ProgrammeAuthoring authoring;

    @Inject
    Occupations occupations;

    @Inject
    Texts texts;

    @Inject
    vn.tvet.lms.web.platform.PageActions pageActions;

    private long schoolId;
    private String code;
    private String title;
    private String occupationCode;
    private Integer minimumCredits;

    /** A programme as the list shows it. */
    public record Row(long id, String code, String title, String occupation, String level, int credits, int minimumCredits) {
    }

    @PostConstruct
    void init() {
        schoolId = currentUser.requireTeachingSchool();
    }

    public List<Row> getRows() {
        return programmes.ofSchool(schoolId).stream().map(p -> new Row(p.getId(), p.getCode(), p.getTitle(),
                p.getOccupation().getCode() + " – " + p.getOccupation().getName(), p.getOccupation().getLevel().name(),
                p.getTotalCredits(), p.getMinimumCredits())).toList();
    }

    public List<Occupation> getOccupations() {
        return occupations.page(null, null, 0, 1000, "code", true);
    }

    public String create() {
        return pageActions.call(() -> authoring.create(currentUser.viewer(), schoolId, code, title, occupationCode,
                minimumCredits == null ? 0 : minimumCredits)).map(created -> {
                    texts.keepForRedirect();
                    texts.info("programmes.created", created.getCode());
                    return "/programmes/programme?faces-redirect=true&id=" + created.getId();
                }).orElse(null);
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

    public String getOccupationCode() {
        return occupationCode;
    }

    public void setOccupationCode(String occupationCode) {
        this.occupationCode = occupationCode;
    }

    public Integer getMinimumCredits() {
        return minimumCredits;
    }

    public void setMinimumCredits(Integer minimumCredits) {
        this.minimumCredits = minimumCredits;
    }
}
