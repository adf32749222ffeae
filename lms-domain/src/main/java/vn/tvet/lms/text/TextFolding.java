package vn.tvet.lms.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text compared the way people type it: case, diacritics and đ/d do not matter, in Java and in the
 * list filters' queries alike ("an toan dien" finds "An toàn điện", as search does).
 */
public final class TextFolding {

    /** Every precomposed Vietnamese letter with a diacritic, lower and upper case. */
    private static final String ACCENTED_LOWER = "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡ"
            + "ùúụủũưừứựửữỳýỵỷỹđ";
    private static final String ACCENTED = ACCENTED_LOWER + ACCENTED_LOWER.toUpperCase(Locale.ROOT);
    /** Each letter of {@link #ACCENTED} folded, position by position. */
    private static final String PLAIN = ACCENTED.chars().mapToObj(c -> fold(String.valueOf((char) c)))
            .reduce("", String::concat);

    private TextFolding() {
    }

    /** Lower case, without diacritics, đ as d: "Đo cách điện" and "do cach dien" fold alike. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /**
     * A JPQL expression for {@code path} folded like {@link #fold}, with PostgreSQL's {@code translate} (no
     * extension needed), to compare with {@link #containsPattern}.
     */
    public static String foldedJpql(String path) {
        return "lower(function('translate', " + path + ", '" + ACCENTED + "', '" + PLAIN + "'))";
    }

    /** A LIKE pattern for folded text containing what was typed, or null when nothing was; wildcards are literal. */
    public static String containsPattern(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String folded = fold(Normalizer.normalize(typed.strip(), Normalizer.Form.NFC));
        return "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
