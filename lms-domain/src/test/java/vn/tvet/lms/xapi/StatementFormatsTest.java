package vn.tvet.lms.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "canonical" and "ids" formats of statement queries. */
class StatementFormatsTest {

    private static final JsonObject STATEMENT = Json.createReader(new StringReader(("{'actor':{'name':'Ba','mbox':"
            + "'mailto:ba@b.vn'},'verb':{'id':'http://v.vn/done','display':{'en-US':'done','vi-VN':'đã xong'}},'object':"
            + "{'objectType':'Activity','id':'http://a.vn/1','definition':{'name':{'en':'Board','vi':'Tủ điện'},"
            + "'extensions':{'http://e.vn/x':{'name':{'en':'kept','vi':'giữ'}}}}}}").replace('\'', '"'))).readObject();

    @Test
    void canonicalKeepsTheReadersLanguageInEachMap() {
        JsonObject vietnamese = StatementFormats.canonical(STATEMENT, List.of("vi-VN", "en"));
        assertEquals("{\"vi-VN\":\"đã xong\"}", vietnamese.getJsonObject("verb").getJsonObject("display").toString());
        assertEquals("{\"vi\":\"Tủ điện\"}", vietnamese.getJsonObject("object").getJsonObject("definition")
                .getJsonObject("name").toString(), "the primary language matches vi-VN");
        assertEquals(2, vietnamese.getJsonObject("object").getJsonObject("definition").getJsonObject("extensions")
                .getJsonObject("http://e.vn/x").getJsonObject("name").size(), "extensions are left as they are");
        assertEquals("Ba", vietnamese.getJsonObject("actor").getString("name"), "an agent's name is no language map");
        assertEquals(1, StatementFormats.canonical(STATEMENT, List.of("fr")).getJsonObject("verb").getJsonObject("display").size(),
                "one entry even when none fits");
    }

    @Test
    void idsKeepsOnlyIdentifiers() {
        JsonObject ids = StatementFormats.ids(STATEMENT);
        assertFalse(ids.getJsonObject("actor").containsKey("name"));
        assertEquals("{\"id\":\"http://v.vn/done\"}", ids.getJsonObject("verb").toString());
        assertEquals("{\"objectType\":\"Activity\",\"id\":\"http://a.vn/1\"}", ids.getJsonObject("object").toString());
    }
}
