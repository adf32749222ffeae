package vn.tvet.lms.launcher.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files the browser tests upload, written by the tests themselves. */
final class TestFiles {

    private TestFiles() {
    }

    /**
     * A valid one-page PDF with a Vietnamese title in its metadata (UTF-16, as PDF requires) and a line of
     * text, written object by object with a correct cross-reference table.
     */
    static Path pdf(Path dir, String fileName, String vietnameseTitle, String asciiLine) throws IOException {
        return pdf(dir, fileName, vietnameseTitle, asciiLine, 0);
    }

    /** The same, grown by an unused stream of {@code padding} bytes, for tests that need a large file. */
    static Path pdf(Path dir, String fileName, String vietnameseTitle, String asciiLine, int padding) throws IOException {
        String stream = "BT /F1 18 Tf 72 720 Td (" + asciiLine.replace("(", "").replace(")", "") + ") Tj ET";
        StringBuilder title = new StringBuilder("FEFF");
        for (byte b : vietnameseTitle.getBytes(StandardCharsets.UTF_16BE)) {
            title.append(String.format("%02X", b));
        }
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                "<< /Title <" + title + "> >>",
                "<< /Length " + padding + " >>\nstream\n" + " ".repeat(padding) + "\nendstream");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R /Info 6 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        Path file = dir.resolve(fileName);
        Files.writeString(file, pdf, StandardCharsets.ISO_8859_1);
        return file;
    }

    /** A small photo-like PNG, drawn here (a phone's picture of the work, for evidence). */
    static Path png(Path dir, String fileName) throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 48,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D pen = image.createGraphics();
        pen.setColor(java.awt.Color.ORANGE);
        pen.fillRect(8, 8, 48, 32);
        pen.dispose();
        Path file = dir.resolve(fileName);
        javax.imageio.ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** A ZIP with the given files, entry names taken as they are (so tests can write hostile ones). */
    static Path zip(Path dir, String fileName, java.util.Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return Files.write(dir.resolve(fileName), bytes.toByteArray());
    }

    /** The smallest valid binary glTF (GLB 2.0): a header and a JSON chunk describing an empty scene. */
    static Path glb(Path dir, String fileName) throws IOException {
        return glb(dir, fileName, 0);
    }

    /** The same, at least {@code minimumSize} bytes long: spaces after the JSON, which glTF allows as padding. */
    static Path glb(Path dir, String fileName, int minimumSize) throws IOException {
        StringBuilder json = new StringBuilder("{\"asset\":{\"version\":\"2.0\"},\"scenes\":[{\"nodes\":[]}],\"scene\":0}");
        json.append(" ".repeat(Math.max(0, minimumSize - 20 - json.length())));
        while (json.length() % 4 != 0) {
            json.append(' ');
        }
        byte[] chunk = json.toString().getBytes(StandardCharsets.US_ASCII);
        java.nio.ByteBuffer glb = java.nio.ByteBuffer.allocate(12 + 8 + chunk.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        glb.putInt(0x46546C67).putInt(2).putInt(12 + 8 + chunk.length);
        glb.putInt(chunk.length).putInt(0x4E4F534A).put(chunk);
        return Files.write(dir.resolve(fileName), glb.array());
    }

    static Path zipNamed(Path dir, String fileName) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("index.html"));
            zip.write("<html><body>not a pdf</body></html>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return Files.write(dir.resolve(fileName), bytes.toByteArray());
    }

    static Path sized(Path dir, String fileName, int bytes) throws IOException {
        byte[] content = new byte[bytes];
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, Math.min(header.length, bytes));
        return Files.write(dir.resolve(fileName), content);
    }

    static Path text(Path dir, String fileName, String content) throws IOException {
        return Files.writeString(dir.resolve(fileName), content, StandardCharsets.UTF_8);
    }
}
