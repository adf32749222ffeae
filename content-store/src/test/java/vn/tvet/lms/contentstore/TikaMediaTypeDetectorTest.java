package vn.tvet.lms.contentstore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.tvet.lms.library.upload.DetectedType;

class TikaMediaTypeDetectorTest {

    private final TikaMediaTypeDetector detector = new TikaMediaTypeDetector();

    private DetectedType detect(byte[] content, String name) {
        return detector.detect(new BufferedInputStream(new ByteArrayInputStream(content)), name);
    }

    @Test
    void pdfNamedPdfIsAPdf() {
        DetectedType type = detect("%PDF-1.7\n% giáo trình".getBytes(StandardCharsets.UTF_8), "Giáo trình.pdf");
        assertEquals("application/pdf", type.mediaType());
        assertTrue(type.matchesName());
    }

    @Test
    void zipPretendingToBeAPdfIsCaught() throws IOException {
        DetectedType type = detect(zip("index.html", "<html></html>"), "bai-giang.pdf");
        assertEquals("application/zip", type.mediaType());
        assertFalse(type.matchesName());
    }

    @Test
    void officeDocumentsAreZipsAndThatIsFine() throws IOException {
        DetectedType type = detect(zip("word/document.xml", "<w:document/>"), "giao-an.docx");
        assertTrue(type.matchesName());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", type.mediaType());
    }

    @Test
    void pngNamedJpegIsCaughtAndSvgIsRecognised() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertFalse(detect(png, "anh.jpg").matchesName());
        DetectedType svg = detect("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8), "so-do.svg");
        assertEquals("image/svg+xml", svg.mediaType());
        assertTrue(svg.matchesName());
    }

    @Test
    void theStreamIsResetForStoring() throws IOException {
        byte[] content = "%PDF-1.4 nội dung".getBytes(StandardCharsets.UTF_8);
        InputStream in = new BufferedInputStream(new ByteArrayInputStream(content));
        detector.detect(in, "x.pdf");
        assertArrayEquals(content, in.readAllBytes());
        assertThrows(IllegalArgumentException.class,
                () -> detector.detect(new ByteArrayInputStream(content) {
                    @Override
                    public boolean markSupported() {
                        return false;
                    }
                }, "x.pdf"));
    }

    private static byte[] zip(String entry, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
