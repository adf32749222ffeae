package vn.tvet.lms.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Competency frameworks through CASE 1.1 JSON and CSV: round trips, and refusals that name the problem. */
class CompetencyFrameworkFilesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    /** A small part of an electrical occupation standard, with an OSH mark. */
    private static final FrameworkDraft ELECTRICAL = new FrameworkDraft("2b1d6a70-1b0e-4c5e-9d0f-6a1f0d6e2a11",
            "TCKNN-DCN", "Tiêu chuẩn kỹ năng nghề Điện công nghiệp (trích)", "2026.1", "Mạng lưới TVET LMS", false, true,
            List.of(
                    new FrameworkDraft.Item("u1", null, CompetencyKind.UNIT, "A1", "Lắp đặt tủ điện phân phối", 3, 0),
                    new FrameworkDraft.Item("e1", "u1", CompetencyKind.ELEMENT, "A1.1", "Chuẩn bị vật tư và dụng cụ", null, 0),
                    new FrameworkDraft.Item("c1", "e1", CompetencyKind.CRITERION, "A1.1.1", "Vật tư đúng chủng loại theo bản vẽ", null, 0),
                    new FrameworkDraft.Item("c2", "e1", CompetencyKind.CRITERION, "A1.1.2", "Dụng cụ được kiểm tra an toàn", null, 1),
                    new FrameworkDraft.Item("e2", "u1", CompetencyKind.ELEMENT, "A1.2", "Đấu nối và kiểm tra", null, 1),
                    new FrameworkDraft.Item("u2", null, CompetencyKind.UNIT, "A2", "Sơ cứu người bị điện giật", 2, 1)));

    /** A package in the shape other CASE servers publish: CASE 1.0, their own item types, no codes, four levels. */
    private static final String FOREIGN_PACKAGE = """
            {"CFDocument": {"identifier": "c5fb0e3a-3c6b-11e9-9e2c-0242ac120002",
                "uri": "https://case.example.org/uri/c5fb0e3a-3c6b-11e9-9e2c-0242ac120002",
                "creator": "Sở Giáo dục mẫu", "title": "Chuẩn năng lực số cho người học nghề",
                "lastChangeDateTime": "2024-05-17T09:30:00+00:00", "CFPackageURI": {"title": "x",
                "identifier": "c5fb0e3a-3c6b-11e9-9e2c-0242ac120002", "uri": "https://case.example.org/x"}},
             "CFItems": [
               {"identifier": "d1", "uri": "https://case.example.org/uri/d1", "CFItemType": "Domain",
                "fullStatement": "Khai thác dữ liệu và thông tin", "listEnumeration": "1"},
               {"identifier": "s11", "uri": "https://case.example.org/uri/s11", "CFItemType": "Standard",
                "fullStatement": "Tìm kiếm thông tin trên mạng", "listEnumeration": "1"},
               {"identifier": "c111", "uri": "https://case.example.org/uri/c111",
                "fullStatement": "Dùng toán tử tìm kiếm 𝐀𝐍𝐃 / 𝐎𝐑 🔎 trong máy tìm kiếm", "listEnumeration": "1"},
               {"identifier": "x1111", "uri": "https://case.example.org/uri/x1111", "CFItemType": "Indicator",
                "fullStatement": "Lọc kết quả theo thời gian 𠀀"},
               {"identifier": "0b4e7a52-9f1d-4c1e-8d2a-000000000099", "CFItemType": "Domain",
                "fullStatement": "An toàn số"}
             ],
             "CFAssociations": [
               {"identifier": "a1", "associationType": "isChildOf",
                "originNodeURI": {"identifier": "d1", "uri": "u", "title": "t"},
                "destinationNodeURI": {"identifier": "c5fb0e3a-3c6b-11e9-9e2c-0242ac120002", "uri": "u", "title": "t"}},
               {"identifier": "a2", "associationType": "isChildOf",
                "originNodeURI": {"identifier": "s11", "uri": "u", "title": "t"},
                "destinationNodeURI": {"identifier": "d1", "uri": "u", "title": "t"}},
               {"identifier": "a3", "associationType": "isChildOf",
                "originNodeURI": {"identifier": "c111", "uri": "u", "title": "t"},
                "destinationNodeURI": {"identifier": "s11", "uri": "u", "title": "t"}},
               {"identifier": "a4", "associationType": "isChildOf",
                "originNodeURI": {"identifier": "x1111", "uri": "u", "title": "t"},
                "destinationNodeURI": {"identifier": "c111", "uri": "u", "title": "t"}},
               {"identifier": "a5", "associationType": "exactMatchOf",
                "originNodeURI": {"identifier": "c111", "uri": "u", "title": "t"},
                "destinationNodeURI": {"identifier": "elsewhere", "uri": "u", "title": "t"}}
             ]}
            """;

    @Test
    void aPackageFromAnotherCaseServerIsMappedByDepthWithCodesAndVersionMadeUp() {
        FrameworkDraft draft = CaseJson.read(new StringReader(FOREIGN_PACKAGE));
        assertEquals(List.of(), draft.problems());
        assertEquals("2024-05-17", draft.version(), "the last change date stands in for a missing version");
        assertEquals("c5fb0e3a-3c6b-11e9-9e2c-0242ac120002", draft.identifier(), "the source identifier is kept");
        java.util.Map<String, FrameworkDraft.Item> items = new java.util.HashMap<>();
        draft.items().forEach(item -> items.put(item.identifier(), item));
        assertEquals(CompetencyKind.UNIT, items.get("d1").kind());
        assertEquals(CompetencyKind.ELEMENT, items.get("s11").kind());
        assertEquals(CompetencyKind.CRITERION, items.get("c111").kind());
        assertEquals(CompetencyKind.CRITERION, items.get("x1111").kind());
        assertEquals("s11", items.get("x1111").parent(), "a fourth level hangs under its element");
        assertEquals("1", items.get("d1").code());
        assertEquals("1.1", items.get("s11").code());
        assertEquals("1.1.1", items.get("c111").code());
        assertEquals("X1111", items.get("x1111").code(), "no enumeration: a short form of the identifier");
        assertEquals("0B4E7A52", items.get("0b4e7a52-9f1d-4c1e-8d2a-000000000099").code());
        assertNull(items.get("0b4e7a52-9f1d-4c1e-8d2a-000000000099").parent(), "an item with no parent is a unit");
        assertEquals("Dùng toán tử tìm kiếm 𝐀𝐍𝐃 / 𝐎𝐑 🔎 trong máy tìm kiếm", items.get("c111").statement(),
                "characters outside the BMP are kept as they are");
        assertEquals("Lọc kết quả theo thời gian 𠀀", items.get("x1111").statement());
        assertEquals("Domain", items.get("d1").sourceType(), "the source's item types are kept");
        assertEquals("Standard", items.get("s11").sourceType());
        assertNull(items.get("c111").sourceType(), "an item without a type has none to keep");
    }

    @Test
    void aForeignFrameworkIsExportedWithItsOwnItemTypesAndReadBackTheSame() {
        FrameworkDraft foreign = CaseJson.read(new StringReader(FOREIGN_PACKAGE));
        String json = CaseJson.write(foreign, "https://lms.example/ims/case/v1p1", NOW);
        assertTrue(json.contains("\"CFItemType\":\"Standard\"") && json.contains("\"CFItemType\":\"Indicator\""), json);
        assertEquals(foreign.items(), CaseJson.read(new StringReader(json)).items());
    }

    @Test
    void aFrameworkSurvivesACaseRoundTrip() {
        String json = CaseJson.write(ELECTRICAL, "https://lms.example/ims/case/v1p1", NOW);
        assertTrue(json.contains("\"CFItemType\":\"Unit of Competency\"") && json.contains("\"associationType\":\"isChildOf\""), json);
        assertTrue(json.contains("\"occupational-safety-health\""), json);

        FrameworkDraft back = CaseJson.read(new StringReader(json));
        assertEquals(ELECTRICAL, back);
    }

    @Test
    void aFrameworkSurvivesACsvRoundTrip() {
        String csv = FrameworkCsv.write(ELECTRICAL);
        assertTrue(csv.startsWith("kind,code,parent_code,statement,skill_level"), csv);
        FrameworkDraft back = FrameworkCsv.read(new StringReader(csv), ELECTRICAL.identifier(), "TCKNN-DCN", ELECTRICAL.title(),
                "2026.1", ELECTRICAL.publisher(), false, true);
        assertEquals(codesAndParents(ELECTRICAL), codesAndParents(back));
        assertEquals(ELECTRICAL.items().stream().map(FrameworkDraft.Item::skillLevel).toList(),
                back.items().stream().map(FrameworkDraft.Item::skillLevel).toList());
    }

    @Test
    void vietnameseKindNamesAreReadToo() {
        FrameworkDraft draft = FrameworkCsv.read(new StringReader("""
                loại;mã;mã cha;nội dung;bậc
                Đơn vị;B1;;Vận hành máy tiện;2
                thành phần;B1.1;B1;Gá lắp phôi;
                tiêu chí;B1.1.1;B1.1;Phôi được gá đúng tâm;
                """), "f-1", "TIEN", "Tiện", "1", null, false, false);
        assertEquals(List.of(CompetencyKind.UNIT, CompetencyKind.ELEMENT, CompetencyKind.CRITERION),
                draft.items().stream().map(FrameworkDraft.Item::kind).toList());
    }

    @Test
    void malformedJsonIsRefusedClearly() {
        FrameworkFileException refused = assertThrows(FrameworkFileException.class,
                () -> CaseJson.read(new StringReader("{\"CFDocument\": {\"identifier\": \"x\"")));
        assertTrue(refused.problems().get(0).startsWith("not valid JSON"), refused.problems().toString());
        FrameworkFileException notCase = assertThrows(FrameworkFileException.class,
                () -> CaseJson.read(new StringReader("{\"hello\": 1}")));
        assertEquals(List.of("CFDocument missing or not an object", "CFItems missing or not an array"), notCase.problems());
        assertThrows(FrameworkFileException.class, () -> CaseJson.read(new StringReader("[1, 2]")));
    }

    @Test
    void anAssociationToAnUnknownItemIsRefused() {
        String original = CaseJson.write(ELECTRICAL, "https://lms.example", NOW);
        String json = original.replace("\"identifier\":\"e1\",\"uri\":\"https://lms.example/CFItems/e1\",\"CFDocumentURI\"",
                "\"identifier\":\"e1-renamed\",\"uri\":\"https://lms.example/CFItems/e1\",\"CFDocumentURI\"");
        assertTrue(!json.equals(original), "the test must rename the item: " + original);
        FrameworkFileException refused = assertThrows(FrameworkFileException.class, () -> CaseJson.read(new StringReader(json)));
        assertTrue(refused.problems().contains("association: item e1 is not in the framework"), refused.problems().toString());
        assertTrue(refused.problems().stream().anyMatch(p -> p.contains("parent e1 is not in the framework")), refused.problems().toString());
    }

    @Test
    void treeRulesAreEnforced() {
        List<String> problems = new FrameworkDraft("f", "F", "F", "1", null, false, false, List.of(
                new FrameworkDraft.Item("u", null, CompetencyKind.UNIT, "U", "Đơn vị", 7, 0),
                new FrameworkDraft.Item("c", "u", CompetencyKind.CRITERION, "C", "Tiêu chí ngay dưới đơn vị", null, 0),
                new FrameworkDraft.Item("e", null, CompetencyKind.ELEMENT, "U", "Thành phần không có cha", null, 1),
                new FrameworkDraft.Item("x", "nowhere", CompetencyKind.ELEMENT, "X", "", null, 2))).problems();
        assertEquals(List.of("item U: skill level 7 outside 1-5", "item U: code used twice", "item X: statement missing",
                "item C: a CRITERION cannot be under a UNIT", "item U: only units may stand at the top",
                "item X: parent nowhere is not in the framework"), problems);
    }

    @Test
    void aCsvWithAnUnknownParentNamesTheLine() {
        FrameworkFileException refused = assertThrows(FrameworkFileException.class, () -> FrameworkCsv.read(new StringReader("""
                UNIT,A1,,Lắp đặt,3
                ELEMENT,A1.1,A9,Chuẩn bị,
                """), "f", "F", "F", "1", null, false, false));
        assertTrue(refused.problems().contains("line 2: parent A9 is not in the file"), refused.problems().toString());
    }

    private static List<String> codesAndParents(FrameworkDraft draft) {
        java.util.Map<String, String> codes = new java.util.HashMap<>();
        draft.items().forEach(item -> codes.put(item.identifier(), item.code()));
        return draft.items().stream().map(item -> item.code() + "<" + codes.get(item.parent()) + ":" + item.kind() + ":" + item.statement())
                .sorted().toList();
    }
}
