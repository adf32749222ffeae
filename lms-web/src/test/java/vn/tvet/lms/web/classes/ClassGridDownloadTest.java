package vn.tvet.lms.web.classes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Cells a spreadsheet would run as formulas stay text. */
class ClassGridDownloadTest {

    @Test
    void formulaLikeTextIsKeptAsText() {
        assertEquals("'=HYPERLINK(\"http://x\")", ClassGridDownload.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("'+84 912", ClassGridDownload.cell("+84 912"));
        assertEquals("'-1", ClassGridDownload.cell("-1"));
        assertEquals("'@SUM(A1)", ClassGridDownload.cell("@SUM(A1)"));
        assertEquals("Nguyễn Thị Lan", ClassGridDownload.cell("Nguyễn Thị Lan"));
        assertEquals("", ClassGridDownload.cell(null));
    }
}
