package vn.tvet.lms.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseAnalyzersTest {

    private static List<String> folded(String text) {
        return TextQueryBuilder.terms(VietnameseAnalyzers.folded(), text);
    }

    private static List<String> exact(String text) {
        return TextQueryBuilder.terms(VietnameseAnalyzers.exact(), text);
    }

    @Test
    void foldingRemovesDiacriticsAndWritesDAsD() {
        assertEquals(List.of("xuong", "thuc", "hanh", "ao"), folded("Xưởng thực hành ảo"));
        assertEquals(List.of("dien", "cong", "nghiep"), folded("Điện công nghiệp"));
        assertEquals(List.of("duong"), folded("đường"));
        assertEquals(folded("dương"), folded("đường"), "folding merges these, which is why exact terms are kept too");
    }

    @Test
    void exactTermsKeepDiacriticsButNotCase() {
        assertEquals(List.of("điện", "công", "nghiệp"), exact("ĐIỆN Công NGHIỆP"));
        assertEquals(List.of("đường"), exact("Đường"));
        assertEquals(List.of("dương"), exact("dương"));
    }

    @Test
    void decomposedInputMeansTheSameAsComposed() {
        String nfd = Normalizer.normalize("Xưởng thực hành ảo", Normalizer.Form.NFD);
        assertEquals(exact("Xưởng thực hành ảo"), exact(nfd));
        assertEquals(folded("Xưởng thực hành ảo"), folded(nfd));
    }

    @Test
    void syllablesAreSplitAtSpacesAndPunctuation() {
        assertEquals(List.of("plc", "s7", "1200", "điều", "khiển"), exact("PLC S7-1200: điều khiển!"));
    }
}
