package vn.tvet.lms.institution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;

/**
 * A TVET institution (cơ sở GDNN): the tenant that owns users, classes, programmes and the material
 * it has not shared. The code is the stable, human-readable key used in imports and exports; the
 * numeric id is never shown to another school's users as a way in (every lookup is scoped).
 */
@Entity
@Table(name = "institution")
public class Institution {

    /** Codes are short upper-case tokens such as {@code CDHP-KT}: safe in URLs, CSV files and logs. */
    public static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9_-]{1,31}";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Pattern(regexp = CODE_PATTERN)
    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InstitutionType type;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String province;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Institution() {
        // for JPA
    }

    public Institution(String code, String name, InstitutionType type, String province, Instant createdAt) {
        this.code = Objects.requireNonNull(code, "code");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        describe(name, type, province);
    }

    /** Changes what the school is called and where it is; the code never changes once issued. */
    public void describe(String name, InstitutionType type, String province) {
        this.name = Objects.requireNonNull(name, "name").strip();
        this.type = Objects.requireNonNull(type, "type");
        this.province = Objects.requireNonNull(province, "province").strip();
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public InstitutionType getType() {
        return type;
    }

    public String getProvince() {
        return province;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
