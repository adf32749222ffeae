package vn.tvet.lms.web.platform;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import vn.tvet.lms.storage.ContentStore;
import vn.tvet.lms.storage.ContentStoreException;

/**
 * {@code GET /health}: 200 when the database and the object store both answer, 503 otherwise, with a
 * JSON body naming each check. Open to everyone (load balancers, the launcher), and it reveals nothing
 * but UP or DOWN.
 */
@WebServlet("/health")
public class HealthServlet extends HttpServlet {

    private static final System.Logger LOG = System.getLogger(HealthServlet.class.getName());

    @Resource(lookup = "java:app/jdbc/lms")
    DataSource dataSource;

    @Inject
    ContentStore contentStore;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Boolean> checks = new LinkedHashMap<>();
        checks.put("database", databaseAnswers());
        checks.put("storage", storageAnswers());
        boolean up = !checks.containsValue(false);
        StringBuilder json = new StringBuilder("{\"status\":\"").append(up ? "UP" : "DOWN").append("\",\"checks\":{");
        checks.forEach((name, ok) -> json.append('"').append(name).append("\":\"").append(ok ? "UP" : "DOWN").append("\","));
        json.setLength(json.length() - 1);
        json.append("}}");
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(json.toString());
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Health: database unavailable: {0}", e.getMessage());
            return false;
        }
    }

    private boolean storageAnswers() {
        try {
            contentStore.checkAvailable();
            return true;
        } catch (ContentStoreException e) {
            LOG.log(Level.WARNING, "Health: object store unavailable: {0}", e.getMessage());
            return false;
        }
    }
}
