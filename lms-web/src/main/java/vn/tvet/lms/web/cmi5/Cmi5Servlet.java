package vn.tvet.lms.web.cmi5;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.tvet.lms.cmi5.Cmi5Launches;

/**
 * {@code POST /cmi5/fetch/TOKEN}: the fetch URL of a launch (cmi5 8.2), answered 200 with JSON either way, the auth
 * token once and error code 1 afterwards, and callable from the AU's origin (CORS, no cookies involved).
 * {@code GET /cmi5/returned?class=ID&step=N}: where an AU sends the learner when it ends; in the player's frame it
 * tells the player, in a window of its own it goes back to the lesson.
 */
@WebServlet("/cmi5/*")
public class Cmi5Servlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Cmi5Launches launches;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo();
        if (info == null || !info.startsWith("/fetch/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        allowOtherOrigins(request, response);
        Cmi5Launches.Fetched fetched = launches.fetch(info.substring("/fetch/".length()));
        JsonObjectBuilder answer = Json.createObjectBuilder();
        if (fetched.authToken() != null) {
            answer.add("auth-token", fetched.authToken());
        } else {
            answer.add("error-code", fetched.errorCode()).add("error-text", fetched.errorText());
        }
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(answer.build().toString());
    }

    @Override
    protected void doOptions(HttpServletRequest request, HttpServletResponse response) {
        allowOtherOrigins(request, response);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String classId = request.getParameter("class");
        String step = request.getParameter("step");
        if (!"/returned".equals(request.getPathInfo()) || classId == null || !classId.matches("\\d{1,18}")
                || step == null || !step.matches("\\d{1,6}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String lesson = request.getContextPath() + "/learning/class.xhtml?id=" + classId + "&step=" + step;
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(("""
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Đã kết thúc bài học</title></head>
                <body style="font-family: sans-serif; padding: 1rem">
                <p id="returned">Bạn đã kết thúc bài học. <a href="%s" target="_top">Quay lại bài học</a></p>
                <script>
                  if (window.top === window) { window.location.replace('%s'); }
                  else { window.parent.postMessage({ source: 'tvet-cmi5', returned: true }, window.location.origin); }
                </script>
                </body></html>
                """.formatted(lesson, lesson)).getBytes(StandardCharsets.UTF_8));
    }

    /** The AU runs on the content origin (or elsewhere); the fetch carries no cookie, so any origin may call it. */
    private static void allowOtherOrigins(HttpServletRequest request, HttpServletResponse response) {
        String origin = request.getHeader("Origin");
        if (origin != null) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Vary", "Origin");
            response.setHeader("Access-Control-Allow-Methods", "POST, OPTIONS");
            response.setHeader("Access-Control-Allow-Headers", "Content-Type");
            response.setHeader("Access-Control-Max-Age", "3600");
        }
    }
}
