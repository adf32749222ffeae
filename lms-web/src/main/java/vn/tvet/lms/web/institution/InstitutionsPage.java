package vn.tvet.lms.web.institution;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.tvet.lms.account.IssuedPassword;
import vn.tvet.lms.account.NewMember;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.account.SchoolMembers;
import vn.tvet.lms.account.UsernameTakenException;
import vn.tvet.lms.account.Usernames;
import vn.tvet.lms.institution.DuplicateInstitutionCodeException;
import vn.tvet.lms.institution.Institution;
import vn.tvet.lms.institution.InstitutionDetails;
import vn.tvet.lms.institution.InstitutionRegistry;
import vn.tvet.lms.institution.InstitutionType;
import vn.tvet.lms.institution.Institutions;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.Texts;

/** The network admin registers schools, corrects their details, and closes or reopens them. */
@Named
@ViewScoped
public class InstitutionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    Institutions institutions;

    @Inject
    InstitutionRegistry registry;

    @Inject
    Texts texts;

    @Inject
    SchoolMembers schoolMembers;

    private LazyDataModel<Institution> list;

    private Long adminInstitutionId;
    private String adminInstitutionName;
    private String adminUsername;
    private String adminFullName;
    private String adminEmail;
    private IssuedPassword issued;

    /** The institution being edited; null while registering a new one. */
    private Long editingId;
    private String code;
    private String name;
    private InstitutionType type = InstitutionType.COLLEGE;
    private String province;

    @PostConstruct
    void init() {
        currentUser.requireNetworkRole(Role.NETWORK_ADMIN);
        list = new InstitutionList();
    }

    public void startNew() {
        editingId = null;
        code = null;
        name = null;
        type = InstitutionType.COLLEGE;
        province = null;
    }

    public void startEdit(Institution institution) {
        editingId = institution.getId();
        code = institution.getCode();
        name = institution.getName();
        type = institution.getType();
        province = institution.getProvince();
    }

    /** Saves the dialog; returns normally with a field message when the code is taken. */
    public void save() {
        InstitutionDetails details = new InstitutionDetails(code, name, type, province);
        if (!details.hasValidCode()) {
            texts.fieldError("institutionForm:code", "institution.codeInvalid");
            failValidation();
            return;
        }
        try {
            if (editingId == null) {
                registry.register(currentUser.viewer(), details);
                texts.info("institution.registered", name);
            } else {
                registry.describe(currentUser.viewer(), editingId, details);
                texts.info("institution.saved", name);
            }
        } catch (DuplicateInstitutionCodeException e) {
            texts.fieldError("institutionForm:code", "institution.codeTaken", details.code());
            failValidation();
        }
    }

    /** Prepares the dialog that gives a school its first administrator. */
    public void startAdmin(Institution institution) {
        adminInstitutionId = institution.getId();
        adminInstitutionName = institution.getName();
        adminUsername = null;
        adminFullName = null;
        adminEmail = null;
    }

    public void createAdmin() {
        String username = Usernames.normalise(adminUsername);
        if (!Usernames.isValid(username)) {
            texts.fieldError("adminForm:username", "member.usernameInvalid");
            failValidation();
            return;
        }
        try {
            issued = schoolMembers.create(currentUser.viewer(), adminInstitutionId, new NewMember(username, adminFullName, adminEmail,
                    Role.SCHOOL_ADMIN));
        } catch (UsernameTakenException e) {
            texts.fieldError("adminForm:username", "member.usernameTaken", username);
            failValidation();
            return;
        }
        texts.info("institutions.adminCreated", issued.fullName(), adminInstitutionName);
    }

    public void toggleActive(Institution institution) {
        registry.setActive(currentUser.viewer(), institution.getId(), !institution.isActive());
        texts.info(institution.isActive() ? "institution.closed" : "institution.reopened", institution.getName());
    }

    /** Keeps the dialog open: PrimeFaces reads this callback parameter on the client. */
    private static void failValidation() {
        jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
    }

    /** Says what closing or reopening does to the school's people, before it is done. */
    public String toggleConfirm(Institution institution) {
        return texts.get(institution.isActive() ? "institutions.closeConfirm" : "institutions.reopenConfirm",
                institution.getName());
    }

    public InstitutionType[] getTypes() {
        return InstitutionType.values();
    }

    private final class InstitutionList extends LazyDataModel<Institution> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) institutions.count();
        }

        @Override
        public List<Institution> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return institutions.page(first, pageSize, sort == null ? "name" : sort.getField(),
                    sort == null || sort.getOrder() != SortOrder.DESCENDING);
        }

        @Override
        public String getRowKey(Institution institution) {
            return String.valueOf(institution.getId());
        }

        @Override
        public Institution getRowData(String rowKey) {
            return institutions.get(Long.parseLong(rowKey));
        }
    }

    public LazyDataModel<Institution> getList() {
        return list;
    }

    public String getAdminInstitutionName() {
        return adminInstitutionName;
    }

    public String getAdminUsername() {
        return adminUsername;
    }

    public void setAdminUsername(String adminUsername) {
        this.adminUsername = adminUsername;
    }

    public String getAdminFullName() {
        return adminFullName;
    }

    public void setAdminFullName(String adminFullName) {
        this.adminFullName = adminFullName;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }

    public IssuedPassword getIssued() {
        return issued;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public InstitutionType getType() {
        return type;
    }

    public void setType(InstitutionType type) {
        this.type = type;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }
}
