package vn.tvet.lms.web.courseware;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.courseware.ModuleNotFoundException;
import vn.tvet.lms.courseware.ModuleSharing;
import vn.tvet.lms.courseware.ModuleVersion;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.Texts;

/**
 * A module shared with the network, as its newest version reads: teachers of other schools look at it and
 * adopt it as a linked copy; network library admins review it here before approving it.
 */
@Named
@ViewScoped
public class SharedModulePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ModuleSharing sharing;

    @Inject
    Texts texts;

    @Inject
    vn.tvet.lms.web.platform.PageActions pageActions;

    private String id;
    private long moduleId;
    private transient ModuleVersion version;
    private String code;
    private String reviewNote;

    public void load() {
        try {
            moduleId = Long.parseLong(String.valueOf(id));
        } catch (NumberFormatException e) {
            throw new ModuleNotFoundException(-1);
        }
        version = sharing.newestShared(currentUser.viewer(), moduleId);
        if (code == null) {
            code = version.content().code();
        }
    }

    public String adopt() {
        long schoolId = currentUser.requireTeachingSchool();
        return pageActions.call(() -> sharing.adopt(currentUser.viewer(), schoolId, moduleId, code)).map(copy -> {
            texts.info("modules.adopted", copy.getCode());
            texts.keepForRedirect();
            return "/modules/module?faces-redirect=true&id=" + copy.getId();
        }).orElse(null);
    }

    public String approve() {
        currentUser.requireNetworkRole(Role.LIBRARY_ADMIN);
        return review(() -> sharing.approve(currentUser.viewer(), moduleId, reviewNote), "modules.approved");
    }

    public String sendBack() {
        currentUser.requireNetworkRole(Role.LIBRARY_ADMIN);
        return review(() -> sharing.sendBack(currentUser.viewer(), moduleId, reviewNote), "modules.sentBack");
    }

    private String review(Runnable decision, String doneKey) {
        if (!pageActions.run(decision)) {
            return null;
        }
        texts.info(doneKey, getVersion().getTitle());
        texts.keepForRedirect();
        return "/modules/review?faces-redirect=true";
    }

    /** Whether the viewer may adopt: a teacher or admin of a school other than the module's. */
    public boolean isMayAdopt() {
        return (currentUser.has(Role.TEACHER) || currentUser.has(Role.SCHOOL_ADMIN))
                && getVersion().getModule().getShareStatus() == vn.tvet.lms.courseware.ShareStatus.SHARED
                && !getVersion().getModule().getSchool().getId().equals(currentUser.getInstitutionId());
    }

    public boolean isReviewing() {
        return currentUser.has(Role.LIBRARY_ADMIN)
                && getVersion().getModule().getShareStatus() == vn.tvet.lms.courseware.ShareStatus.SUBMITTED;
    }

    public ModuleVersion getVersion() {
        if (version == null) {
            version = sharing.newestShared(currentUser.viewer(), moduleId);
        }
        return version;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public void setReviewNote(String reviewNote) {
        this.reviewNote = reviewNote;
    }
}
