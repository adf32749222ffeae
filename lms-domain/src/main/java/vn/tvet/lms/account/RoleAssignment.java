package vn.tvet.lms.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import vn.tvet.lms.institution.Institution;

/**
 * One role held by one person, in one institution for institutional roles or across the network
 * (institution {@code null}) for network roles.
 */
@Entity
@Table(name = "role_assignment")
public class RoleAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected RoleAssignment() {
        // for JPA
    }

    private RoleAssignment(Person person, Institution institution, Role role, Instant grantedAt) {
        this.person = Objects.requireNonNull(person, "person");
        this.institution = institution;
        this.role = Objects.requireNonNull(role, "role");
        this.grantedAt = Objects.requireNonNull(grantedAt, "grantedAt");
    }

    /** A role held in one school; rejects network roles. */
    public static RoleAssignment inInstitution(Person person, Institution institution, Role role, Instant when) {
        if (!role.isInstitutional()) {
            throw new IllegalArgumentException(role + " is a network role, not held in one institution");
        }
        return new RoleAssignment(person, Objects.requireNonNull(institution, "institution"), role, when);
    }

    /** A role across the network; rejects institutional roles. */
    public static RoleAssignment acrossNetwork(Person person, Role role, Instant when) {
        if (role.isInstitutional()) {
            throw new IllegalArgumentException(role + " is held in an institution, not across the network");
        }
        return new RoleAssignment(person, null, role, when);
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public Institution getInstitution() {
        return institution;
    }

    public Role getRole() {
        return role;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}
