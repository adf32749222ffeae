package vn.tvet.lms.library.upload;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.tvet.lms.ManualClock;
import vn.tvet.lms.storage.InMemoryContentStore;
import vn.tvet.lms.storage.StoredBlob;

class UploadInspectionTest {

    private final InMemoryContentStore store = new InMemoryContentStore(new ManualClock(java.time.Instant.parse("2026-11-23T08:00:00Z")));
    private final UploadInspection inspection = new UploadInspection(store);

    @Test
    void acceptsAPlainJpegAndPdf() throws IOException {
        assertDoesNotThrow(() -> inspection.inspect(stored(image("jpeg", 40, 30)), "image/jpeg", "anh.jpg"));
        assertDoesNotThrow(() -> inspection.inspect(stored(pdf("")), "application/pdf", "bai-giang.pdf"));
    }

    @Test
    void refusesAJpegWithAZipAppended() throws IOException {
        byte[] polyglot = concat(image("jpeg", 40, 30), zip());
        UploadRejectedException refused = assertThrows(UploadRejectedException.class,
                () -> inspection.inspect(stored(polyglot), "image/jpeg", "anh.jpg"));
        assertEquals(UploadRejectedException.Reason.HIDDEN_CONTENT, refused.reason());
    }

    @Test
    void refusesAPdfWithHtmlInItsHead() {
        byte[] polyglot = pdf("%<html><script>alert(document.cookie)</script>\n");
        UploadRejectedException refused = assertThrows(UploadRejectedException.class,
                () -> inspection.inspect(stored(polyglot), "application/pdf", "bai-giang.pdf"));
        assertEquals(UploadRejectedException.Reason.HIDDEN_CONTENT, refused.reason());
    }

    @Test
    void officeFilesAreZipsByDesign() throws IOException {
        assertDoesNotThrow(() -> inspection.inspect(stored(zip()),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "giao-trinh.docx"));
    }

    @Test
    void randomBytesThatSpellTheZipSignatureAreNotAnArchive() {
        byte[] video = new byte[200_000];
        new Random(42).nextBytes(video);
        byte[] signature = {'P', 'K', 5, 6};
        System.arraycopy(signature, 0, video, video.length - 5_000, 4);
        assertDoesNotThrow(() -> inspection.inspect(stored(video), "video/mp4", "bai-1.mp4"));
    }

    @Test
    void refusesAPixelFlood() throws IOException {
        byte[] flood = withPngSize(image("png", 2, 2), 100_000, 100_000);
        UploadRejectedException refused = assertThrows(UploadRejectedException.class,
                () -> inspection.inspect(stored(flood), "image/png", "so-do.png"));
        assertEquals(UploadRejectedException.Reason.IMAGE_TOO_LARGE, refused.reason());
        assertDoesNotThrow(() -> inspection.inspect(stored(withPngSize(image("png", 2, 2), 6000, 4000)),
                "image/png", "so-do.png"));
    }

    private StoredBlob stored(byte[] bytes) {
        return store.putContentAddressed(new ByteArrayInputStream(bytes), Long.MAX_VALUE, "application/octet-stream");
    }

    private static byte[] image(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    /** The same PNG claiming another size in its header, with the header's checksum put right. */
    private static byte[] withPngSize(byte[] png, int width, int height) {
        ByteBuffer bytes = ByteBuffer.wrap(png.clone());
        bytes.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(bytes.array(), 12, 17);
        bytes.putInt(29, (int) crc.getValue());
        return bytes.array();
    }

    private static byte[] pdf(String afterHeader) {
        return ("%PDF-1.4\n" + afterHeader + "1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("payload.jsp"));
            zip.write("<% Runtime.getRuntime().exec(request.getParameter(\"c\")); %>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
