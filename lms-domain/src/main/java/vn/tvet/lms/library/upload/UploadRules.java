package vn.tvet.lms.library.upload;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import vn.tvet.lms.library.ResourceType;
import vn.tvet.lms.library.upload.UploadRejectedException.Reason;

/** Which files each kind of resource accepts, and the checks every upload passes before it is recorded. */
public final class UploadRules {

    /** The longest version note kept (the column's size); the form says so too. */
    public static final int MAX_NOTE_LENGTH = 1000;

    /** Refuses an over-long version note before any byte is streamed or recorded. */
    public static void checkNote(String note) {
        if (note != null && note.strip().length() > MAX_NOTE_LENGTH) {
            throw new UploadRejectedException(UploadRejectedException.Reason.NOTE_TOO_LONG,
                    note.strip().length() + " characters");
        }
    }

    private static final Map<ResourceType, Set<String>> EXTENSIONS = new EnumMap<>(ResourceType.class);

    static {
        EXTENSIONS.put(ResourceType.DOCUMENT, Set.of("pdf", "doc", "docx", "odt", "rtf", "txt", "html", "htm", "epub", "md"));
        EXTENSIONS.put(ResourceType.SLIDES, Set.of("ppt", "pptx", "odp", "pdf"));
        EXTENSIONS.put(ResourceType.VIDEO, Set.of("mp4", "webm", "ogv", "mov", "m4v"));
        EXTENSIONS.put(ResourceType.AUDIO, Set.of("mp3", "ogg", "oga", "wav", "m4a", "aac", "flac", "weba"));
        EXTENSIONS.put(ResourceType.IMAGE, Set.of("png", "jpg", "jpeg", "gif", "webp", "svg", "bmp"));
        EXTENSIONS.put(ResourceType.HTML5_PACKAGE, Set.of("zip"));
        EXTENSIONS.put(ResourceType.SCORM_PACKAGE, Set.of("zip"));
        EXTENSIONS.put(ResourceType.CMI5_PACKAGE, Set.of("zip"));
        EXTENSIONS.put(ResourceType.SIMULATION, Set.of("zip"));
        EXTENSIONS.put(ResourceType.MODEL_3D, Set.of("glb", "gltf"));
        EXTENSIONS.put(ResourceType.QUIZ_BANK, Set.of("xml", "csv", "txt", "json"));
        EXTENSIONS.put(ResourceType.LINK, Set.of());
    }

    private UploadRules() {
    }

    /** What a learner hands in as evidence of a practical task: photos and videos from a phone, documents. */
    public static final Set<String> EVIDENCE_EXTENSIONS = Set.of("jpg", "jpeg", "png", "webp", "heic", "gif", "mp4",
            "mov", "webm", "m4v", "pdf", "doc", "docx", "odt", "xlsx", "ods", "pptx", "txt");

    /** Refuses a file that is no kind of evidence, before a byte is stored. */
    public static void checkEvidenceName(String fileName) {
        if (!EVIDENCE_EXTENSIONS.contains(FileNames.extension(FileNames.sanitise(fileName)))) {
            throw new UploadRejectedException(Reason.EXTENSION_NOT_ALLOWED, fileName + " as evidence", EVIDENCE_EXTENSIONS);
        }
    }

    public static Set<String> allowedExtensions(ResourceType type) {
        return EXTENSIONS.get(type);
    }

    /** Refuses a file whose name does not fit the resource type, before a byte is stored. */
    public static void checkName(ResourceType type, String fileName) {
        String extension = FileNames.extension(FileNames.sanitise(fileName));
        if (!EXTENSIONS.get(type).contains(extension)) {
            throw new UploadRejectedException(Reason.EXTENSION_NOT_ALLOWED, fileName + " for " + type,
                    allowedExtensions(type));
        }
    }

    /** Refuses content that is not what its name says. */
    public static void checkContent(String fileName, DetectedType detected) {
        if (!detected.matchesName()) {
            throw new UploadRejectedException(Reason.CONTENT_MISMATCH, fileName + " looks like " + detected.mediaType());
        }
    }

    public static void checkNotEmpty(String fileName, long size) {
        if (size == 0) {
            throw new UploadRejectedException(Reason.EMPTY, fileName);
        }
    }
}
