package vn.tvet.lms.institution;

import java.util.Arrays;
import java.util.Locale;

/** The three kinds of TVET institution in Vietnamese law (Luật Giáo dục nghề nghiệp). */
public enum InstitutionType {
    /** Trường cao đẳng. */
    COLLEGE,
    /** Trường trung cấp. */
    INTERMEDIATE,
    /** Trung tâm giáo dục nghề nghiệp (GDNN-GDTX). */
    CENTRE;

    /** Parses a stored or submitted name; unknown text is a validation error, not an enum crash. */
    public static InstitutionType parse(String text) {
        String wanted = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(type -> type.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown institution type: " + text));
    }
}
