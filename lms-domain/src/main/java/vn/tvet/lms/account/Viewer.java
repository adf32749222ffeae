package vn.tvet.lms.account;

import java.util.Set;

/**
 * Who is acting, as every use case that reads or changes data takes it: a signed-in person with the schools
 * they belong to and the schools they administer, whether they are a network library admin, or nobody
 * (anonymous). The use cases check rights against it in the domain, never only in pages.
 */
public record Viewer(Long personId, Set<Long> schools, Set<Long> administeredSchools, boolean libraryAdmin) {

    public static final Viewer ANONYMOUS = new Viewer(null, Set.of(), Set.of(), false);

    public Viewer {
        schools = Set.copyOf(schools);
        administeredSchools = Set.copyOf(administeredSchools);
    }

    public boolean signedIn() {
        return personId != null;
    }
}
