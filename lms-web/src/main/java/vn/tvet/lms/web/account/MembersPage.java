package vn.tvet.lms.web.account;

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
import vn.tvet.lms.account.InvalidUsernameException;
import vn.tvet.lms.account.IssuedPassword;
import vn.tvet.lms.account.NewMember;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.account.SchoolMembers;
import vn.tvet.lms.account.UsernameTakenException;
import vn.tvet.lms.account.Usernames;
import vn.tvet.lms.web.platform.Texts;

/** The school admin's list of the school's people, with paging, sorting, filters and account creation. */
@Named
@ViewScoped
public class MembersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    People people;

    @Inject
    SchoolMembers schoolMembers;

    @Inject
    Texts texts;

    private long institutionId;
    private Role roleFilter;
    private String nameFilter;
    private LazyDataModel<Person> members;

    private String newUsername;
    private String newFullName;
    private String newEmail;
    private Role newRole = Role.STUDENT;
    private IssuedPassword issued;

    @PostConstruct
    void init() {
        institutionId = currentUser.requireSchoolRole(Role.SCHOOL_ADMIN);
        members = new MemberList();
    }

    public void create() {
        String username = Usernames.normalise(newUsername);
        if (!Usernames.isValid(username)) {
            texts.fieldError("createForm:username", "member.usernameInvalid");
            return;
        }
        try {
            issued = schoolMembers.create(currentUser.viewer(), institutionId, new NewMember(username, newFullName, newEmail, newRole));
        } catch (UsernameTakenException e) {
            texts.fieldError("createForm:username", "member.usernameTaken", username);
            return;
        } catch (InvalidUsernameException e) {
            texts.fieldError("createForm:username", "member.usernameInvalid");
            return;
        }
        texts.info("member.created", issued.fullName());
        newUsername = null;
        newFullName = null;
        newEmail = null;
        newRole = Role.STUDENT;
    }

    public List<Role> getSchoolRoles() {
        return List.of(Role.STUDENT, Role.TEACHER, Role.SCHOOL_ADMIN);
    }

    public String rolesOf(Person person) {
        return String.join(", ", people.rolesIn(institutionId, person.getId()).stream()
                .map(role -> texts.get("role." + role.name())).toList());
    }

    /** Loads one page at a time from the database; sorting and filtering run in SQL. */
    private final class MemberList extends LazyDataModel<Person> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) people.countMembers(institutionId, roleFilter, nameFilter);
        }

        @Override
        public List<Person> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            String field = sort == null ? "fullName" : sort.getField();
            boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
            return people.members(institutionId, roleFilter, nameFilter, first, pageSize, field, ascending);
        }

        @Override
        public String getRowKey(Person person) {
            return String.valueOf(person.getId());
        }

        @Override
        public Person getRowData(String rowKey) {
            return schoolMembers.get(institutionId, Long.parseLong(rowKey));
        }
    }

    public LazyDataModel<Person> getMembers() {
        return members;
    }

    public Role getRoleFilter() {
        return roleFilter;
    }

    public void setRoleFilter(Role roleFilter) {
        this.roleFilter = roleFilter;
    }

    public String getNameFilter() {
        return nameFilter;
    }

    public void setNameFilter(String nameFilter) {
        this.nameFilter = nameFilter;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewFullName() {
        return newFullName;
    }

    public void setNewFullName(String newFullName) {
        this.newFullName = newFullName;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public Role getNewRole() {
        return newRole;
    }

    public void setNewRole(Role newRole) {
        this.newRole = newRole;
    }

    public IssuedPassword getIssued() {
        return issued;
    }
}
