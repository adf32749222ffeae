package vn.tvet.lms.account;

/**
 * One role a signed-in person holds, flattened for the session: the institution fields are null for
 * network roles.
 */
public record Membership(Role role, Long institutionId, String institutionCode, String institutionName) {

    static Membership of(RoleAssignment assignment) {
        var institution = assignment.getInstitution();
        return institution == null
                ? new Membership(assignment.getRole(), null, null, null)
                : new Membership(assignment.getRole(), institution.getId(), institution.getCode(), institution.getName());
    }
}
