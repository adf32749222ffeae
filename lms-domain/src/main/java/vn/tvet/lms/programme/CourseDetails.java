package vn.tvet.lms.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A module or subject as a programme lists it: codes such as {@code MĐ01} or {@code MH02}; hours are class hours. */
public record CourseDetails(
        @NotBlank @Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N}.\\-]{0,29}") String code,
        @NotBlank @Size(max = 300) String name,
        @NotNull CourseKind kind,
        @Min(1) @Max(60) int credits,
        @Min(0) @Max(2000) int theoryHours,
        @Min(0) @Max(2000) int practiceHours) {
}
