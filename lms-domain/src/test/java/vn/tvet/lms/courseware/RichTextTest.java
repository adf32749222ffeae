package vn.tvet.lms.courseware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Pages and questions keep formatting and library images, never script or another site's images. */
class RichTextTest {

    @Test
    void imagesFromTheLibraryStayAndEverythingElseGoes() {
        String kept = RichText.sanitize("<p>Hình 1: <img src=\"/library/files/12/0\" alt=\"Sơ đồ tủ điện\"></p>");
        assertTrue(kept.contains("<img src=\"/library/files/12/0\" alt=\"Sơ đồ tủ điện\""), kept);

        for (String hostile : new String[] {"<img src=\"https://tracker.example/pixel.gif\">",
                "<img src=\"/library/files/12/0\" onerror=\"alert(1)\">", "<img src=\"javascript:alert(1)\">",
                "<img src=\"/library/files/12/0/../../../logout\">", "<img src=\"//evil.example/library/files/1/0\">"}) {
            String safe = RichText.sanitize("<p>x " + hostile + "</p>");
            assertFalse(safe.contains("onerror") || safe.contains("tracker") || safe.contains("javascript")
                    || safe.contains("logout") || safe.contains("evil"), hostile + " became " + safe);
        }
        assertEquals("<p>x </p>", RichText.sanitize("<p>x <img src=\"https://tracker.example/p.gif\"></p>"));
    }
}
