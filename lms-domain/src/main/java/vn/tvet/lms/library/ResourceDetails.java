package vn.tvet.lms.library;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import vn.tvet.lms.catalog.TrainingLevel;

/** The describing metadata of a learning resource, as an author fills it in. */
public record ResourceDetails(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 10_000) String description,
        @NotNull ResourceType type,
        @NotNull Set<@Pattern(regexp = OCCUPATION_CODE) String> occupationCodes,
        TrainingLevel level,
        @NotNull @Pattern(regexp = "vi|en|[a-z]{2}") String language,
        @NotNull Licence licence,
        @NotNull @Size(max = 30) Set<@NotBlank @Size(max = 60) String> keywords,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String linkUrl,
        @NotNull SharingScope scope) {

    /** National occupation codes are digits (e.g. 6520227); seed lists may use dotted or lettered forms. */
    public static final String OCCUPATION_CODE = "[0-9A-Z][0-9A-Z.-]{0,19}";

    public ResourceDetails {
        occupationCodes = occupationCodes == null ? Set.of() : Set.copyOf(occupationCodes);
        keywords = keywords == null ? Set.of() : Set.copyOf(keywords);
    }
}
