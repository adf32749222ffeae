package vn.tvet.lms.search.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tvet.lms.search.ExtractedText;

class TikaTextExtractorTest {

    private final TikaTextExtractor extractor = new TikaTextExtractor(10_000, Duration.ofSeconds(20));

    @AfterEach
    void close() {
        extractor.close();
    }

    @Test
    void readsVietnameseFromAWordDocument() throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Giáo trình Điện công nghiệp: an toàn khi đấu nối tủ điện.");
            document.write(docx);
        }
        ExtractedText text = extract(docx.toByteArray(),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "giao-trinh.docx");
        assertTrue(text.succeeded(), text.failure());
        assertEquals("Giáo trình Điện công nghiệp: an toàn khi đấu nối tủ điện.", text.text());
    }

    @Test
    void readsSlidesAndSpreadsheets() throws IOException {
        ByteArrayOutputStream pptx = new ByteArrayOutputStream();
        try (org.apache.poi.xslf.usermodel.XMLSlideShow slides = new org.apache.poi.xslf.usermodel.XMLSlideShow()) {
            slides.createSlide().createTextBox().setText("Bài giảng: nối đất và chống sét");
            slides.write(pptx);
        }
        ExtractedText slidesText = extract(pptx.toByteArray(),
                "application/vnd.openxmlformats-officedocument.presentationml.presentation", "chong-set.pptx");
        assertTrue(slidesText.text().contains("nối đất và chống sét"), slidesText.toString());

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            book.createSheet("Vật tư").createRow(0).createCell(0).setCellValue("Dây cáp điện hạ thế");
            book.write(xlsx);
        }
        ExtractedText sheetText = extract(xlsx.toByteArray(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "vat-tu.xlsx");
        assertTrue(sheetText.text().contains("Dây cáp điện hạ thế"), sheetText.toString());
    }

    @Test
    void readsAnOpenDocumentText() throws IOException {
        ByteArrayOutputStream odt = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(odt)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            java.util.zip.ZipEntry first = new java.util.zip.ZipEntry("mimetype");
            first.setMethod(java.util.zip.ZipEntry.STORED);
            first.setSize(mimetype.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                    + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                    + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                    + "<office:body><office:text><text:p>Quy trình bảo dưỡng máy nén khí</text:p></office:text></office:body>"
                    + "</office:document-content>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
                    + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    + "</manifest:manifest>").getBytes(StandardCharsets.UTF_8));
        }
        ExtractedText text = extract(odt.toByteArray(), "application/vnd.oasis.opendocument.text", "may-nen-khi.odt");
        assertTrue(text.text().contains("Quy trình bảo dưỡng máy nén khí"), text.toString());
    }

    @Test
    void readsHtmlWithoutItsMarkupAndScripts() {
        ExtractedText text = extract("<html><head><script>var x = 'bí mật';</script></head><body><h1>Xưởng thực hành</h1>"
                + "<p>Bài 1: an toàn</p></body></html>", "text/html", "index.html");
        assertTrue(text.text().contains("Xưởng thực hành") && text.text().contains("Bài 1: an toàn"), text.text());
        assertFalse(text.text().contains("bí mật"), text.text());
    }

    @Test
    void readsTextFromAPdf() {
        String stream = "BT /F1 18 Tf 72 720 Td (Quy trinh bao duong may bien ap) Tj ET";
        String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
                + "4 0 obj << /Length " + stream.length() + " >> stream\n" + stream + "\nendstream endobj\n"
                + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        ExtractedText text = extract(pdf, "application/pdf", "bao-duong.pdf");
        assertTrue(text.text().contains("Quy trinh bao duong may bien ap"), text + "");
    }

    @Test
    void aBrokenFileGetsAReasonNotAnException() {
        ExtractedText text = extract("%PDF-1.4 this is not really a PDF", "application/pdf", "hong.pdf");
        assertFalse(text.succeeded());
        assertTrue(text.failure().startsWith("unreadable"), text.failure());
    }

    @Test
    void outputStopsAtTheLimit() {
        ExtractedText text = extract("điện ".repeat(10_000), "text/plain", "dai.txt");
        assertTrue(text.succeeded());
        assertTrue(text.text().length() <= 10_000, "at most the limit: " + text.text().length());
        assertTrue(text.text().startsWith("điện điện"));
    }

    private ExtractedText extract(String content, String mediaType, String name) {
        return extract(content.getBytes(StandardCharsets.UTF_8), mediaType, name);
    }

    private ExtractedText extract(byte[] content, String mediaType, String name) {
        return extractor.extract(new ByteArrayInputStream(content), mediaType, name);
    }
}
