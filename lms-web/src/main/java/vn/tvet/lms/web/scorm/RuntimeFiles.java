package vn.tvet.lms.web.scorm;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/** The runtime page's two scripts, from the WAR: scorm-again (from npm) and ours that sets it up. */
final class RuntimeFiles {

    private static final Set<String> FILES = Set.of("scorm-again.min.js", "scorm-runtime.js");

    private RuntimeFiles() {
    }

    static void serve(ServletContext context, String name, HttpServletResponse response) throws IOException {
        InputStream in = FILES.contains(name) ? context.getResourceAsStream("/WEB-INF/content-runtime/" + name) : null;
        if (in == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (in) {
            response.setContentType("text/javascript;charset=UTF-8");
            response.setHeader("Cache-Control", "public, max-age=3600");
            in.transferTo(response.getOutputStream());
        }
    }
}
