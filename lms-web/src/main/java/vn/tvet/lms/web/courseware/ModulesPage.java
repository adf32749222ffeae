package vn.tvet.lms.web.courseware;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.tvet.lms.courseware.CourseModule;
import vn.tvet.lms.courseware.CourseModules;
import vn.tvet.lms.courseware.ModuleAuthoring;
import vn.tvet.lms.courseware.ModuleSharing;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.Texts;

/** The school's modules for its teachers, a new module, and the modules other schools share. */
@Named
@ViewScoped
public class ModulesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ModuleAuthoring authoring;

    @Inject
    ModuleSharing sharing;

    @Inject
    CourseModules modules;

    @Inject
    Texts texts;

    @Inject
    vn.tvet.lms.web.platform.PageActions pageActions;

    private long schoolId;
    private transient List<CourseModule> own;
    private transient List<CourseModule> shared;
    private String code;
    private String title;

    public void load() {
        schoolId = currentUser.requireTeachingSchool();
    }

    public String create() {
        return pageActions.call(() -> authoring.create(currentUser.viewer(), schoolId, code, title)).map(module -> {
            texts.info("modules.created", module.getCode());
            texts.keepForRedirect();
            return "/modules/module?faces-redirect=true&id=" + module.getId();
        }).orElse(null);
    }

    public List<CourseModule> getOwn() {
        if (own == null) {
            own = modules.ofSchool(schoolId);
        }
        return own;
    }

    public List<CourseModule> getShared() {
        if (shared == null) {
            shared = sharing.sharedBeyond(schoolId);
        }
        return shared;
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
}
