package vn.tvet.lms.web.library;

import java.util.Optional;
import java.util.Set;
import vn.tvet.lms.library.ResourceType;
import vn.tvet.lms.library.ResourceVersion;

/**
 * How the item page previews a file, from its media type: {@code pdf}, {@code video}, {@code audio},
 * {@code image}, {@code text}, {@code package} (the sandboxed player), {@code model} (3D), {@code download}
 * (no preview), or {@code none} (no file yet).
 */
public final class PreviewKind {

    /** Plain text shown in the page (as text, never as markup); other text types (HTML, SVG) are downloads. */
    private static final Set<String> TEXT_TYPES = Set.of("text/plain", "text/csv", "text/markdown", "text/x-markdown");

    private PreviewKind() {
    }

    public static String of(ResourceType type, Optional<ResourceVersion> latest) {
        if (latest.map(ResourceVersion::isPackage).orElse(false)) {
            return "package";
        }
        if (type == ResourceType.MODEL_3D && latest.isPresent()) {
            return "model";
        }
        return latest.map(ResourceVersion::getMimeType).map(PreviewKind::ofMediaType).orElse("none");
    }

    private static String ofMediaType(String mediaType) {
        if (mediaType.equals("application/pdf")) {
            return "pdf";
        }
        if (mediaType.startsWith("video/")) {
            return "video";
        }
        if (mediaType.startsWith("audio/")) {
            return "audio";
        }
        if (mediaType.startsWith("image/") && !mediaType.equals("image/svg+xml")) {
            return "image";
        }
        return TEXT_TYPES.contains(mediaType) ? "text" : "download";
    }
}
