package vn.tvet.lms.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tvet.lms.launcher.RunningApplication.App;

/** /health reports each dependency; losing the object store degrades health but not the pages. */
@ExtendWith(RunningApplication.class)
class HealthAndOutageIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void healthTurnsDownWithoutTheObjectStoreAndRecoversByItself(App app) throws Exception {
        assertEquals(200, get(app.url("/health")).statusCode());
        assertEquals("{\"status\":\"UP\",\"checks\":{\"database\":\"UP\",\"storage\":\"UP\"}}",
                get(app.url("/health")).body());

        app.stack().stopObjectStore();
        try {
            HttpResponse<String> down = get(app.url("/health"));
            assertEquals(503, down.statusCode());
            assertEquals("{\"status\":\"DOWN\",\"checks\":{\"database\":\"UP\",\"storage\":\"DOWN\"}}", down.body());
            HttpResponse<String> login = get(app.url("/login.xhtml"));
            assertEquals(200, login.statusCode(), "pages that need no bytes keep working");
            assertTrue(login.body().contains("Đăng nhập"));
        } finally {
            app.stack().restartObjectStore();
        }
        assertEquals(200, get(app.url("/health")).statusCode());
    }

    @Test
    void unknownPagesAnswer404WithAFriendlyPageAndNoStackTrace(App app) throws Exception {
        HttpResponse<String> missing = get(app.url("/khong-co-trang-nay.xhtml"));
        // Unauthenticated: every unknown page first asks for a login, revealing nothing.
        assertEquals(302, missing.statusCode());
        HttpResponse<String> error = get(app.url("/error/404.xhtml"));
        assertTrue(error.body().contains("Không tìm thấy"), error.body());
        assertTrue(!error.body().contains("Exception"), "no stack trace in pages");
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
