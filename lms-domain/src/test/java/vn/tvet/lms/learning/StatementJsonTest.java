package vn.tvet.lms.learning;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tvet.lms.xapi.StatementValidator;

/** The statements our own activities write are valid xAPI 1.0.3, so the LRS serves them like any other. */
class StatementJsonTest {

    private static final PublicAddress HOME = new PublicAddress("https://lms.example.vn/");

    @Test
    void everyKindOfOwnStatementPassesTheLrsRules() {
        Instant now = Instant.parse("2026-12-03T08:15:30.123Z");
        UUID registration = UUID.randomUUID();
        String quiz = "urn:tvet-lms:module-version:7:lesson:1:activity:3";
        for (LearningEvent.Result result : List.of(LearningEvent.Result.completed(), LearningEvent.Result.progressed(40),
                LearningEvent.Result.scored(7, 10, true), LearningEvent.Result.scored(0, 0, false), new LearningEvent.Result(null, null, null, null, false, null,
                        "Cắt điện <b>trước</b>"))) {
            LearningEvent event = new LearningEvent(UUID.randomUUID(), 1, 2, "Đặng Thu Trang", "hpcd.sv04", Verb.PASSED,
                    quiz, "Kiểm tra nhanh: an toàn", registration, "urn:tvet-lms:module-version:7", result, now,
                    new LearningEvent.Instructor("Nguyễn Văn Đức", "hpcd.gv1"));
            JsonObject statement = Json.createReader(new StringReader(StatementJson.write(event, HOME, now))).readObject();
            assertDoesNotThrow(() -> StatementValidator.validate(statement), statement.toString());
            assertEquals("https://lms.example.vn", statement.getJsonObject("actor").getJsonObject("account").getString("homePage"));
        }
    }
}
