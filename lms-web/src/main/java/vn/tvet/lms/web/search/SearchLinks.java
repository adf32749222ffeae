package vn.tvet.lms.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.search.SearchResults.Hit;
import vn.tvet.lms.web.account.CurrentUser;

/** Where a search result opens, which for a module depends on who is looking. */
@Named
@RequestScoped
public class SearchLinks {

    @Inject
    CurrentUser currentUser;

    /** The path below the context root, or null when the result has no page this person may open. */
    public String path(Hit hit) {
        return switch (hit.kind()) {
            case RESOURCE -> "/library/item.xhtml?id=" + hit.id();
            // a programme's page is for its school's teachers and admins; its students find it, but read it elsewhere
            case PROGRAMME -> currentUser.has(Role.TEACHER) || currentUser.has(Role.SCHOOL_ADMIN)
                    ? "/programmes/programme.xhtml?id=" + hit.id() : null;
            case FRAMEWORK -> "/catalog/framework.xhtml?id=" + hit.id();
            case MODULE -> modulePath(hit);
        };
    }

    private String modulePath(Hit hit) {
        boolean ownSchool = currentUser.isSignedIn() && Long.valueOf(hit.schoolId()).equals(currentUser.getInstitutionId());
        if (ownSchool && (currentUser.has(Role.TEACHER) || currentUser.has(Role.SCHOOL_ADMIN))) {
            return "/modules/module.xhtml?id=" + hit.id();
        }
        if (ownSchool && currentUser.has(Role.STUDENT)) {
            return "/modules/learn.xhtml?id=" + hit.id();
        }
        return "/modules/shared.xhtml?id=" + hit.id();
    }
}
