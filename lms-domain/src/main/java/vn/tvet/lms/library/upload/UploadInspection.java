package vn.tvet.lms.library.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import vn.tvet.lms.library.upload.UploadRejectedException.Reason;
import vn.tvet.lms.storage.ContentStore;
import vn.tvet.lms.storage.ContentStoreException;
import vn.tvet.lms.storage.StoredBlob;

/**
 * Checks on bytes already in the store, before any row points at them: no archive or markup hidden in a
 * file that claims to be something else (polyglots such as JPEG+ZIP or PDF+HTML), and no image so large
 * in pixels that decoding it would exhaust a viewer's memory (pixel floods). Reads only the head, the tail
 * and an image's header, by range.
 */
public final class UploadInspection {

    /** Browsers sniff markup in the first 512 bytes; PDF readers accept their header within the first 1024. */
    static final int HEAD_BYTES = 1024;
    /** The ZIP end record sits in the last 22 bytes plus a comment of at most 65,535. */
    static final int TAIL_BYTES = 22 + 65_535;
    /** 40 megapixels: a 7,000 × 5,700 photograph still fits; a pixel flood does not. */
    public static final long MAX_IMAGE_PIXELS = 40_000_000L;

    /** Formats that are ZIP archives themselves, or that legitimately hold markup. */
    private static final Set<String> MAY_BE_ARCHIVE_OR_MARKUP = Set.of("application/zip", "text/html",
            "application/xhtml+xml", "image/svg+xml", "application/xml", "text/xml", "text/plain", "text/csv",
            "text/markdown", "text/x-web-markdown", "application/json", "application/epub+zip", "application/rtf",
            "model/gltf+json");
    private static final Pattern MARKUP = Pattern.compile("<\\s*(html|script|body|iframe|svg|object|embed|!doctype\\s+html)\\b");

    private final ContentStore store;

    public UploadInspection(ContentStore store) {
        this.store = store;
    }

    /**
     * Refuses the blob when its content hides something its type does not explain.
     *
     * @throws UploadRejectedException with {@link Reason#HIDDEN_CONTENT} or {@link Reason#IMAGE_TOO_LARGE}
     */
    public void inspect(StoredBlob blob, String mediaType, String fileName) {
        if (blob.size() == 0 || mayHoldArchiveOrMarkup(mediaType)) {
            return;
        }
        if (startsWithMarkup(read(blob, 0, Math.min(HEAD_BYTES, blob.size())))) {
            throw new UploadRejectedException(Reason.HIDDEN_CONTENT, fileName + " (" + mediaType + ") starts with markup");
        }
        long tailStart = Math.max(0, blob.size() - TAIL_BYTES);
        if (endsWithZipArchive(read(blob, tailStart, blob.size() - tailStart))) {
            throw new UploadRejectedException(Reason.HIDDEN_CONTENT, fileName + " (" + mediaType + ") ends with a ZIP archive");
        }
        if (mediaType.startsWith("image/")) {
            checkPixels(blob, fileName);
        }
    }

    static boolean mayHoldArchiveOrMarkup(String mediaType) {
        // Office and OpenDocument files are ZIP archives by design; their text parts are not sniffed as HTML.
        return MAY_BE_ARCHIVE_OR_MARKUP.contains(mediaType) || mediaType.startsWith("application/vnd.openxmlformats")
                || mediaType.startsWith("application/vnd.oasis.opendocument") || mediaType.startsWith("application/vnd.ms-")
                || mediaType.startsWith("text/");
    }

    static boolean startsWithMarkup(byte[] head) {
        return MARKUP.matcher(new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT)).find();
    }

    /**
     * True when the bytes end with a ZIP end-of-central-directory record whose comment reaches exactly to
     * the end and whose central directory, where the record says it is, starts with its own signature. Both
     * must hold, so four random bytes that happen to read "PK\5\6" inside a video are not mistaken for a ZIP.
     */
    static boolean endsWithZipArchive(byte[] tail) {
        for (int end = tail.length - 22; end >= 0; end--) {
            if (tail[end] == 'P' && tail[end + 1] == 'K' && tail[end + 2] == 5 && tail[end + 3] == 6) {
                int commentLength = u16(tail, end + 20);
                long directorySize = u32(tail, end + 12);
                long directoryStart = end - directorySize;
                if (end + 22 + commentLength == tail.length && directoryStart >= 0
                        && (directorySize == 0 || u32(tail, (int) directoryStart) == 0x02014b50L)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void checkPixels(StoredBlob blob, String fileName) {
        try (InputStream content = store.open(blob.key());
                ImageInputStream image = ImageIO.createImageInputStream(content)) {
            Iterator<ImageReader> readers = image == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(image);
            if (!readers.hasNext()) {
                return; // WebP and friends: the browser decodes them; nothing here can read their header
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(image, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_IMAGE_PIXELS) {
                    throw new UploadRejectedException(Reason.IMAGE_TOO_LARGE, fileName + " has " + pixels + " pixels");
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            // A header the reader cannot parse is no pixel flood; the browser shows what it can.
            System.getLogger(UploadInspection.class.getName()).log(System.Logger.Level.DEBUG,
                    "Cannot read image header of {0}: {1}", fileName, e.getMessage());
        }
    }

    private byte[] read(StoredBlob blob, long offset, long length) {
        try (InputStream part = store.open(blob.key(), offset, length)) {
            return part.readAllBytes();
        } catch (IOException e) {
            throw new ContentStoreException("content store", blob.key(), "Cannot read back an upload", e);
        }
    }

    private static int u16(byte[] bytes, int at) {
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
    }

    private static long u32(byte[] bytes, int at) {
        return (u16(bytes, at) | (long) u16(bytes, at + 2) << 16) & 0xffffffffL;
    }
}
