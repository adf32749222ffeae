package vn.tvet.lms.institution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a network admin types to register or describe a school. */
public record InstitutionDetails(
        @NotNull @Pattern(regexp = Institution.CODE_PATTERN) String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull InstitutionType type,
        @NotBlank @Size(max = 100) String province) {
}
