package vn.tvet.lms.institution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** What a network admin types to register or describe a school. */
public record InstitutionDetails(
        @NotNull @Pattern(regexp = Institution.CODE_PATTERN) String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull InstitutionType type,
        @NotBlank @Size(max = 100) String province) {

    public InstitutionDetails {
        // Typed in any case and with stray spaces; kept upper-case, as official codes are written.
        code = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether the code has the shape {@link Institution#CODE_PATTERN} asks for, before anything is saved. */
    public boolean hasValidCode() {
        return code != null && code.matches(Institution.CODE_PATTERN);
    }
}
