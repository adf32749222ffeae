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
import vn.tvet.lms.account.NetworkAccounts;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.account.Role;

/** The network admin's list of every account, found by name or username, a page at a time. */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    NetworkAccounts accounts;

    private String nameFilter;
    private LazyDataModel<Person> people;

    @PostConstruct
    void init() {
        currentUser.requireNetworkRole(Role.NETWORK_ADMIN);
        people = new AccountList();
    }

    private final class AccountList extends LazyDataModel<Person> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) accounts.count(currentUser.getPersonId(), nameFilter);
        }

        @Override
        public List<Person> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return accounts.find(currentUser.getPersonId(), nameFilter, first, pageSize);
        }

        @Override
        public String getRowKey(Person person) {
            return String.valueOf(person.getId());
        }

        @Override
        public Person getRowData(String rowKey) {
            return accounts.get(currentUser.getPersonId(), Long.parseLong(rowKey));
        }
    }

    public LazyDataModel<Person> getPeople() {
        return people;
    }

    public String getNameFilter() {
        return nameFilter;
    }

    public void setNameFilter(String nameFilter) {
        this.nameFilter = nameFilter;
    }
}
