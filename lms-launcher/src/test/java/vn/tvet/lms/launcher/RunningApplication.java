package vn.tvet.lms.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import vn.tvet.lms.localservices.LocalDatabase;

/**
 * Gives tests the application as a user meets it: the real WAR on Payara Micro over embedded PostgreSQL
 * and S3Proxy, with demo data. One stack is started for the whole test run (Payara costs ~20 s to
 * boot) and stopped when the run ends.
 */
public final class RunningApplication implements ParameterResolver {

    /** The shared stack, plus the database lookups tests need to find ids the UI does not show. */
    public record App(LocalStack stack) {

        public String url(String path) {
            return stack.url().resolve(path).toString();
        }

        /**
         * The first e-mail to {@code to} whose text contains {@code text}, waiting for the application's outbox
         * worker (it sends every 10 seconds) up to a minute.
         */
        public vn.tvet.lms.localservices.LocalMailServer.Mail awaitMail(String to, String text) {
            java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
            while (java.time.Instant.now().isBefore(deadline)) {
                var found = stack.mailServer().received().stream()
                        .filter(mail -> mail.to().contains(to) && (mail.subject() + "\n" + mail.text()).contains(text))
                        .findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            throw new AssertionError("No e-mail to " + to + " containing " + text + " within a minute; received: "
                    + stack.mailServer().received().stream().map(m -> m.to() + ": " + m.subject()).toList());
        }

        public long personId(String username) {
            return queryLong("select id from person where username = ?", username);
        }

        public String queryString(String sql, String parameter) {
            return query(sql, parameter, result -> result.getString(1));
        }

        public long queryLong(String sql, String parameter) {
            return query(sql, parameter, result -> result.getLong(1));
        }

        private interface Column<T> {
            T read(ResultSet result) throws SQLException;
        }

        private <T> T query(String sql, String parameter, Column<T> column) {
            try (Connection db = DriverManager.getConnection(stack.jdbcUrl(), LocalDatabase.USER, LocalDatabase.PASSWORD);
                    PreparedStatement query = db.prepareStatement(sql)) {
                query.setString(1, parameter);
                try (ResultSet result = query.executeQuery()) {
                    if (!result.next()) {
                        throw new IllegalStateException("No row for " + sql + " with " + parameter);
                    }
                    return column.read(result);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == App.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(App.class, key -> new StackResource(startShared()), StackResource.class).app();
    }

    private static App startShared() {
        try {
            return new App(LocalStack.start(settings(freshDirectory("shared"))));
        } catch (IOException e) {
            throw new IllegalStateException("The application did not start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static final int MAX_UPLOAD_BYTES = 16 * 1024 * 1024;
    /** The smallest chunk S3 allows, so a 12 MiB file goes up in three chunks. */
    public static final int UPLOAD_CHUNK_BYTES = 5 * 1024 * 1024;
    public static final int REDIRECT_THRESHOLD_BYTES = 256 * 1024;
    /** Short, so the test of a stalled chunk sees it given up quickly. */
    public static final int UPLOAD_IDLE_SECONDS = 6;

    /** Settings for a test stack in {@code dataDir}: free ports, demo data on. */
    public static LocalStack.Settings settings(Path dataDir) {
        Path appDir = Path.of(System.getProperty("lms.launcher.appDir", "target/app"));
        // Crash-safe like the real run: the restart test must see what was committed before the stop.
        return new LocalStack.Settings(dataDir, appDir, 0, 0, 0, true, LocalDatabase.Durability.CRASH_SAFE,
                // small limits, so the tests reach the size limit and the presigned redirect with small files
                List.of("lms.library.max-upload-bytes=" + MAX_UPLOAD_BYTES,
                        "lms.library.redirect-threshold-bytes=" + REDIRECT_THRESHOLD_BYTES,
                        "lms.library.upload-chunk-bytes=" + UPLOAD_CHUNK_BYTES,
                        "lms.library.upload-idle-seconds=" + UPLOAD_IDLE_SECONDS));
    }

    /** An empty directory under target/, so a failed run leaves its logs for reading. */
    public static Path freshDirectory(String name) {
        Path dir = Path.of("target", "it-data", name).toAbsolutePath();
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> old = Files.walk(dir)) {
                    old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return dir;
    }

    /** Closes the stack when the root context closes, at the end of the whole test run. */
    private record StackResource(App app) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            app.stack().close();
        }
    }
}
