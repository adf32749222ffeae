package vn.tvet.lms.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a school admin types to give someone an account in the school. */
public record NewMember(
        @NotBlank @Size(max = 64) String username,
        @NotBlank @Size(max = 200) String fullName,
        @Email @Size(max = 254) String email,
        @NotNull Role role) {
}
