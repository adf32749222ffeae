package vn.tvet.lms.library;

import java.util.Set;

/**
 * Who is looking, as far as the library's visibility rules care: a signed-in person with the schools they
 * belong to and the schools they administer, whether they are a network library admin, or nobody (anonymous).
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
