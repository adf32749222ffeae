package vn.tvet.lms.web.classes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Cells a spreadsheet would run as formulas stay text. */
class ClassGridDownloadTest {

    @Test
    void theWorkbookHoldsTheGridWithCountsAsNumbersAndTextAsText() throws Exception {
        byte[] bytes = ClassGridDownload.xlsx(java.util.List.of(
                java.util.List.of("ma_nguoi_hoc", "ho_ten", "da_xong", "so_hoat_dong", "qua_han", "1.1 Năm bước cắt điện"),
                java.util.List.of("hpcd.sv01", "=Nguyễn Văn An", "1", "6", "0", "x")), "DCN-K24A-MĐ07");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            var sheet = workbook.getSheetAt(0);
            assertEquals("DCN-K24A-MĐ07", sheet.getSheetName());
            assertEquals("1.1 Năm bước cắt điện", sheet.getRow(0).getCell(5).getStringCellValue());
            assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, sheet.getRow(1).getCell(1).getCellType(),
                    "a name that looks like a formula stays text");
            assertEquals(6.0, sheet.getRow(1).getCell(3).getNumericCellValue());
            assertEquals("x", sheet.getRow(1).getCell(5).getStringCellValue());
        }
    }

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
