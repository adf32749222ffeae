package vn.tvet.lms.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.search.SearchResults.Hit;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.account.Visitor;

/** Where a search result opens, which for a module depends on who is looking. */
@Named
@RequestScoped
public class SearchLinks {

    @Inject
    CurrentUser currentUser;

    /** Asked first, so that an anonymous search never touches the session-scoped {@link CurrentUser}. */
    @Inject
    Visitor visitor;

    /** The path below the context root, or null when the result has no page this person may open. */
    public String path(Hit hit) {
        return switch (hit.kind()) {
            case RESOURCE -> "/library/item.xhtml?id=" + hit.id();
            // every signed-in person reads any programme; the editor is for its own school's teachers and admins
            case PROGRAMME -> ownSchool(hit) && (currentUser.has(Role.TEACHER) || currentUser.has(Role.SCHOOL_ADMIN))
                    ? "/programmes/programme.xhtml?id=" + hit.id() : "/programmes/view.xhtml?id=" + hit.id();
            case FRAMEWORK -> "/catalog/framework.xhtml?id=" + hit.id();
            case MODULE -> modulePath(hit);
        };
    }

    private boolean ownSchool(Hit hit) {
        return visitor.isSignedIn() && Long.valueOf(hit.schoolId()).equals(currentUser.getInstitutionId());
    }

    private String modulePath(Hit hit) {
        boolean ownSchool = ownSchool(hit);
        if (ownSchool && (currentUser.has(Role.TEACHER) || currentUser.has(Role.SCHOOL_ADMIN))) {
            return "/modules/module.xhtml?id=" + hit.id();
        }
        if (ownSchool && currentUser.has(Role.STUDENT)) {
            return "/modules/learn.xhtml?id=" + hit.id();
        }
        return "/modules/shared.xhtml?id=" + hit.id();
    }
}
