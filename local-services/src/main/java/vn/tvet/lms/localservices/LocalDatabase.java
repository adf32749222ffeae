package vn.tvet.lms.localservices;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL 16 from a Maven jar, with an {@code lms} database owned by an {@code lms} role. The data
 * directory is kept between starts, so a restart keeps everything.
 */
public final class LocalDatabase implements AutoCloseable {

    public static final String NAME = "lms";
    public static final String USER = "lms";
    public static final String PASSWORD = "lms";

    private final EmbeddedPostgres postgres;

    private LocalDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** How much a committed write is worth: the local run keeps it through a crash, throwaway test data need not. */
    public enum Durability {
        /** fsync and synchronous commit on: an acknowledged write survives a power cut. */
        CRASH_SAFE,
        /** The embedded defaults (no fsync, asynchronous commit): faster, for data a test throws away. */
        DISPOSABLE
    }

    /** Starts on {@code port} (0 for any free port) with its files in {@code dataDir}. */
    public static LocalDatabase start(Path dataDir, int port, Durability durability) throws IOException {
        Files.createDirectories(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port == 0 ? FreePorts.any() : port);
        if (durability == Durability.CRASH_SAFE) {
            // The embedded server starts with -F (no fsync) and synchronous_commit=off; these later options win.
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        EmbeddedPostgres postgres = builder.start();
        LocalDatabase database = new LocalDatabase(postgres);
        try {
            database.createApplicationDatabase();
        } catch (SQLException e) {
            database.close();
            throw new IOException("Cannot prepare the " + NAME + " database", e);
        }
        return database;
    }

    private void createApplicationDatabase() throws SQLException {
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
            try (ResultSet role = sql.executeQuery("select 1 from pg_roles where rolname = '" + USER + "'")) {
                if (!role.next()) {
                    sql.execute("create role " + USER + " login password '" + PASSWORD + "'");
                }
            }
            try (ResultSet db = sql.executeQuery("select 1 from pg_database where datname = '" + NAME + "'")) {
                if (!db.next()) {
                    sql.execute("create database " + NAME + " owner " + USER);
                }
            }
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + NAME;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
