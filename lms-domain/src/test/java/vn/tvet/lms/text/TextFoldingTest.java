package vn.tvet.lms.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextFoldingTest {

    @Test
    void vietnameseFoldsToWhatPeopleTypeWithoutDiacritics() {
        assertEquals("an toan dien", TextFolding.fold("An toàn điện"));
        assertEquals("phạm minh tuấn".length(), TextFolding.fold("PHẠM MINH TUẤN").length());
        assertEquals("pham minh tuan", TextFolding.fold("PHẠM MINH TUẤN"));
    }

    @Test
    void theQueryFoldsEveryAccentedLetterToTheSameLetterJavaFoldsItTo() {
        String jpql = TextFolding.foldedJpql("r.title");
        String accented = jpql.split("'")[3];
        String plain = jpql.split("'")[5];
        assertEquals(accented.length(), plain.length(), "translate() maps position by position");
        for (int i = 0; i < accented.length(); i++) {
            assertEquals(TextFolding.fold(String.valueOf(accented.charAt(i))), String.valueOf(plain.charAt(i)));
        }
        assertTrue(accented.contains("Ữ") && accented.contains("đ") && accented.contains("Đ"));
    }

    @Test
    void patternsMatchContainedTextAndTreatWildcardsAsLetters() {
        assertEquals("%an toan dien%", TextFolding.containsPattern("  An toàn ĐIỆN "));
        assertEquals("%100\\%\\_a%", TextFolding.containsPattern("100%_a"));
        assertNull(TextFolding.containsPattern("  "));
    }
}
