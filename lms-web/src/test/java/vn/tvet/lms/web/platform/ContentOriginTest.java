package vn.tvet.lms.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ContentOriginTest {

    @Test
    void theLocalRunsTwinHostIsTheDefault() {
        assertEquals("http://localhost:8080", ContentOrigin.of(null, "http://127.0.0.1:8080").url());
        assertEquals("http://127.0.0.1:8080", ContentOrigin.of("", "http://localhost:8080/").url());
        assertNull(ContentOrigin.of(null, "https://lms.example.edu.vn").url(), "elsewhere it must be configured");
    }

    @Test
    void aConfiguredOriginIsUsedUnlessItIsTheApplicationsOwn() {
        assertEquals("https://noidung.example.vn", ContentOrigin.of("https://noidung.example.vn/", "https://lms.example.edu.vn")
                .url());
        assertFalse(ContentOrigin.of("https://LMS.example.edu.vn", "https://lms.example.edu.vn").configured(),
                "the application's own origin would serve packages beside its pages and its cookie");
    }
}
