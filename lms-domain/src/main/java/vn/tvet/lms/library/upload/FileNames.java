package vn.tvet.lms.library.upload;

import java.text.Normalizer;

/**
 * Makes an uploaded file's name safe to store, show and send back in a Content-Disposition header: no
 * path, no control or reserved characters, no leading dot or dash, at most 200 characters with the
 * extension kept. The name is only ever a label: bytes are stored under their hash, never under it.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    public static String sanitise(String submitted) {
        String name = submitted == null ? "" : submitted;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\\p{Cf}]", "")
                .replaceAll("[<>:\"|?*;$`]", "_")
                .strip();
        name = name.replaceFirst("^[.\\-\\s]+", "");
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
        }
        return name.isEmpty() ? "tep-tai-len" : name;
    }

    /** The lower-case extension without the dot, or an empty string. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
