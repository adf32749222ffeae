package vn.tvet.lms.account;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The one place that decides what a username may look like, so login, import and admin forms agree. */
public final class Usernames {

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private Usernames() {
    }

    /** Trims, lower-cases and NFC-normalises what a person typed; never null. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        return Normalizer.normalize(typed.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** ASCII letters, digits, dot, underscore and hyphen; 3 to 64 characters; starts with a letter or digit. */
    public static boolean isValid(String normalised) {
        return normalised != null && ALLOWED.matcher(normalised).matches();
    }
}
