package vn.tvet.lms.web.scorm;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.tvet.lms.learning.PublicAddress;
import vn.tvet.lms.scorm.ScormRuntime;

/**
 * The page on the content origin that holds the API: scorm-again set up with the SCO's starting values (as JSON
 * that is never executed), and the SCO framed below it from the same origin. Only the application may frame it.
 */
final class RuntimePage {

    private RuntimePage() {
    }

    static void write(ScormRuntime.Session session, PublicAddress application, HttpServletResponse response)
            throws IOException {
        JsonObjectBuilder values = Json.createObjectBuilder();
        session.initialValues().forEach(values::add);
        String state = Json.createObjectBuilder()
                .add("version", session.version().code())
                .add("commitUrl", "commit/" + session.opened())
                .add("playerOrigin", application.url())
                .add("values", values)
                .build().toString()
                // "</script>" inside a value must not end the script element
                .replace("<", "\\u003c");
        String title = escape(session.title() == null ? "SCORM" : session.title());
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'unsafe-inline';"
                + " frame-ancestors " + application.url());
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + "</title>"
                + "<style>html,body{margin:0;height:100%;overflow:hidden}iframe{border:0;width:100%;height:100%;display:block}</style>"
                + "<script src=\"/content/runtime/scorm-again.min.js\"></script>"
                + "<script id=\"scorm-state\" type=\"application/json\">" + state + "</script>"
                + "<script src=\"/content/runtime/scorm-runtime.js\"></script>"
                + "</head><body><iframe id=\"sco\" title=\"" + title + "\" src=\"sco/" + escape(session.href()) + "\"></iframe>"
                + "</body></html>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
