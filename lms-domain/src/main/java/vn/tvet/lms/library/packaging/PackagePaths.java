package vn.tvet.lms.library.packaging;

import java.util.Locale;
import java.util.Set;
import vn.tvet.lms.library.upload.FileNames;

/** The rules for paths inside packages: what may be unpacked, and what may never be served as code. */
public final class PackagePaths {

    /** Server-side or executable files: stored, but only ever sent as opaque downloads. */
    private static final Set<String> NEVER_AS_CODE = Set.of("jsp", "jspx", "jspf", "war", "jar", "class", "php",
            "asp", "aspx", "cgi", "sh", "exe", "htaccess");

    private PackagePaths() {
    }

    /**
     * The path as stored, or null when it is unsafe: absolute, with a drive letter or backslash, with
     * {@code ..} or empty segments, with control characters, or nested deeper than {@code maxDepth}.
     */
    public static String safe(String entryName, int maxDepth) {
        if (entryName == null || entryName.isEmpty() || entryName.startsWith("/") || entryName.contains("\\")
                || entryName.matches("^[A-Za-z]:.*") || entryName.chars().anyMatch(Character::isISOControl)) {
            return null;
        }
        String[] segments = entryName.split("/", -1);
        int depth = 0;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean trailingSlash = i == segments.length - 1 && segment.isEmpty();
            if (!trailingSlash && (segment.isEmpty() || segment.equals(".") || segment.equals(".."))) {
                return null;
            }
            depth++;
        }
        return depth > maxDepth ? null : entryName;
    }

    /** Whether a file must never reach a browser as anything but a download. */
    public static boolean neverAsCode(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.startsWith("web-inf/") || lower.contains("/web-inf/") || lower.startsWith("meta-inf/")
                || lower.endsWith("web.xml") || NEVER_AS_CODE.contains(FileNames.extension(lower));
    }
}
