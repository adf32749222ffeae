package vn.tvet.lms.library;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.LinkedHashSet;
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
        @Size(max = 2000) @Pattern(regexp = LINK_URL) String linkUrl,
        @NotNull SharingScope scope) {

    /** National occupation codes are digits (e.g. 6520227); seed lists may use dotted or lettered forms. */
    public static final String OCCUPATION_CODE = "[0-9A-Z][0-9A-Z.-]{0,19}";

    /** A web address a reader's browser can open. */
    public static final String LINK_URL = "https?://\\S+";
    /** How many occupation codes or keywords one resource takes. */
    private static final int MAX_LISTED = 30;

    public ResourceDetails {
        occupationCodes = occupationCodes == null ? Set.of() : Set.copyOf(occupationCodes);
        keywords = keywords == null ? Set.of() : Set.copyOf(keywords);
    }

    /** Keywords as typed in a form, separated by commas or semicolons, at most 30. */
    public static Set<String> keywordsIn(String typed) {
        return listed(typed, "[,;]+");
    }

    private static Set<String> listed(String typed, String separators) {
        Set<String> parts = new LinkedHashSet<>();
        if (typed != null) {
            Arrays.stream(typed.split(separators)).map(String::strip).filter(part -> !part.isEmpty()).limit(MAX_LISTED)
                    .forEach(parts::add);
        }
        return parts;
    }

    /** Whether every occupation code has the form of a national code. */
    public boolean hasValidOccupationCodes() {
        return occupationCodes.stream().allMatch(code -> code.matches(OCCUPATION_CODE));
    }

    /** A link is a resource only with the address it links to. */
    public boolean lacksLink() {
        return type == ResourceType.LINK && (linkUrl == null || !linkUrl.matches(LINK_URL));
    }

    /**
     * The fields that differ in {@code after}, each with its value here (the old one), e.g.
     * {@code title=«Giáo trình cũ»; licence=CC_BY}: the history keeps what an edit replaced.
     */
    public String changesTo(ResourceDetails after) {
        java.util.List<String> changes = new java.util.ArrayList<>();
        compare(changes, "title", title, after.title);
        compare(changes, "description", description, after.description);
        compare(changes, "type", type, after.type);
        compare(changes, "occupationCodes", new java.util.TreeSet<>(occupationCodes), new java.util.TreeSet<>(after.occupationCodes));
        compare(changes, "level", level, after.level);
        compare(changes, "language", language, after.language);
        compare(changes, "licence", licence, after.licence);
        compare(changes, "keywords", new java.util.TreeSet<>(keywords), new java.util.TreeSet<>(after.keywords));
        compare(changes, "linkUrl", linkUrl, after.linkUrl);
        compare(changes, "scope", scope, after.scope);
        return String.join("; ", changes);
    }

    private static void compare(java.util.List<String> changes, String field, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            String old = String.valueOf(before);
            changes.add(field + "=«" + (old.length() > 300 ? old.substring(0, 300) + "…" : old) + "»");
        }
    }
}
