package vn.tvet.lms.web.programme;

import vn.tvet.lms.account.Role;
import vn.tvet.lms.web.account.CurrentUser;

/** Programmes are drawn up by the current school's teachers and admins; anyone else gets 403. */
final class ProgrammeSchool {

    private ProgrammeSchool() {
    }

    static long of(CurrentUser user) {
        return user.has(Role.TEACHER) ? user.requireSchoolRole(Role.TEACHER) : user.requireSchoolRole(Role.SCHOOL_ADMIN);
    }
}
