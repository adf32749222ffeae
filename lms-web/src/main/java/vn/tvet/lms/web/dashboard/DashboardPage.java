package vn.tvet.lms.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.account.SchoolHeadcount;
import vn.tvet.lms.institution.Institutions;
import vn.tvet.lms.web.account.CurrentUser;

/** Figures for the dashboard, each computed only when the person's role shows it. */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    CurrentUser currentUser;

    @Inject
    People people;

    @Inject
    Institutions institutions;

    private List<SchoolHeadcount> headcounts;

    public long schoolCount(String role) {
        Long institutionId = currentUser.getInstitutionId();
        return institutionId == null ? 0 : people.countMembers(institutionId, Role.parse(role), null);
    }

    public long getInstitutionCount() {
        return institutions.count();
    }

    public long getPeopleCount() {
        return people.countAll();
    }

    public List<SchoolHeadcount> getHeadcounts() {
        if (headcounts == null) {
            headcounts = people.headcounts();
        }
        return headcounts;
    }
}
