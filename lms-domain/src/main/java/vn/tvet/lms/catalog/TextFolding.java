package vn.tvet.lms.catalog;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese text compared the way people type it: case, diacritics and đ/d do not matter. */
public final class TextFolding {

    private TextFolding() {
    }

    /** Lower case, without diacritics, đ as d: "Đo cách điện" and "do cach dien" fold alike. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
