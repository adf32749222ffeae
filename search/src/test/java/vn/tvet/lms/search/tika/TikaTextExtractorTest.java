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
