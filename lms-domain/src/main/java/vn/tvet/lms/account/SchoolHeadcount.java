package vn.tvet.lms.account;

/** How many people hold each institutional role in one school: the inspector's first indicator. */
public record SchoolHeadcount(long institutionId, String code, String name, String province, long students,
        long teachers, long admins) {
}
