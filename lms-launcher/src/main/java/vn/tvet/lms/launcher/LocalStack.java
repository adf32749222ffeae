package vn.tvet.lms.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * The whole application on one machine: PostgreSQL (data in {@code <data>/postgres}), S3Proxy (objects
 * in {@code <data>/objects}) and Payara Micro running the WAR (log in {@code <data>/logs/payara.log}).
 * Starting again on the same data directory keeps everything. {@link #close()} stops all three.
 */
public final class LocalStack implements AutoCloseable {

    /** Credentials of the local S3 server; they guard nothing but loopback and are not secrets. */
    public static final String S3_ACCESS_KEY = "lms-local";
    public static final String S3_SECRET_KEY = "lms-local-secret";
    public static final String DB_USER = "lms";
    public static final String DB_PASSWORD = "lms";

    /** Where to run and what to run: ports 0 pick free ones. */
    public record Settings(Path dataDir, Path appDir, int httpPort, int dbPort, int s3Port, boolean demoData,
            List<String> extraSystemProperties) {
    }

    private final Settings settings;
    private EmbeddedPostgres postgres;
    private BlobStoreContext blobs;
    private S3Proxy s3;
    private Process payara;
    private int httpPort;
    private int s3Port;

    private LocalStack(Settings settings) {
        this.settings = settings;
    }

    /** Starts everything and returns once {@code /health} answers UP; on failure stops what had started. */
    public static LocalStack start(Settings settings) throws IOException, InterruptedException {
        LocalStack stack = new LocalStack(settings);
        try {
            stack.startPostgres();
            stack.startS3(settings.s3Port() == 0 ? freePort() : settings.s3Port());
            stack.startPayara();
            stack.awaitHealthy(Duration.ofMinutes(4));
            return stack;
        } catch (IOException | InterruptedException | RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startPostgres() throws IOException {
        Path dir = settings.dataDir().resolve("postgres");
        Files.createDirectories(dir);
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setPort(settings.dbPort() == 0 ? freePort() : settings.dbPort())
                .start();
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
            try (ResultSet role = sql.executeQuery("select 1 from pg_roles where rolname = '" + DB_USER + "'")) {
                if (!role.next()) {
                    sql.execute("create role " + DB_USER + " login password '" + DB_PASSWORD + "'");
                }
            }
            try (ResultSet db = sql.executeQuery("select 1 from pg_database where datname = 'lms'")) {
                if (!db.next()) {
                    sql.execute("create database lms owner " + DB_USER);
                }
            }
        } catch (SQLException e) {
            throw new IOException("Cannot prepare the lms database", e);
        }
    }

    private void startS3(int port) throws IOException {
        Path dir = settings.dataDir().resolve("objects");
        Files.createDirectories(dir);
        Properties jclouds = new Properties();
        jclouds.setProperty("jclouds.filesystem.basedir", dir.toString());
        blobs = ContextBuilder.newBuilder("filesystem-nio2").credentials("unused", "unused").overrides(jclouds)
                .build(BlobStoreContext.class);
        s3 = S3Proxy.builder()
                .blobStore(blobs.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, S3_ACCESS_KEY, S3_SECRET_KEY)
                .build();
        try {
            s3.start();
        } catch (Exception e) {
            throw new IOException("Cannot start the S3 server on port " + port, e);
        }
        s3Port = s3.getPort();
    }

    /** Stops the object store only, to show that the application survives its loss. */
    public void stopObjectStore() throws Exception {
        s3.stop();
    }

    /** Starts the object store again on the same port and directory. */
    public void restartObjectStore() throws IOException {
        blobs.close();
        startS3(s3Port);
    }

    private void startPayara() throws IOException {
        httpPort = settings.httpPort() == 0 ? freePort() : settings.httpPort();
        Path logs = settings.dataDir().resolve("logs");
        Files.createDirectories(logs);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.add("-Dlms.db.url=jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/lms");
        command.add("-Dlms.db.user=" + DB_USER);
        command.add("-Dlms.db.password=" + DB_PASSWORD);
        command.add("-Dlms.storage.endpoint=http://127.0.0.1:" + s3Port);
        command.add("-Dlms.storage.access-key=" + S3_ACCESS_KEY);
        command.add("-Dlms.storage.secret-key=" + S3_SECRET_KEY);
        command.add("-Dlms.demo.enabled=" + settings.demoData());
        command.add("-Dlms.data.dir=" + settings.dataDir().toAbsolutePath());
        settings.extraSystemProperties().forEach(property -> command.add("-D" + property));
        command.addAll(List.of("-jar", settings.appDir().resolve("payara-micro.jar").toString(),
                "--deploy", settings.appDir().resolve("lms-web.war").toString(),
                "--contextroot", "/",
                "--port", String.valueOf(httpPort),
                "--nocluster",
                "--nohostaware"));
        payara = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("payara.log").toFile()))
                .start();
    }

    private void awaitHealthy(Duration limit) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(url().resolve("/health")).timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!payara.isAlive()) {
                throw new IOException("Payara Micro exited with " + payara.exitValue() + "; see " + logFile());
            }
            if (deploymentFailed()) {
                throw new IOException("The application failed to deploy; see " + logFile());
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Payara is still booting: the port is not open yet.
            }
            Thread.sleep(500);
        }
        throw new IOException("The application did not become healthy within " + limit + "; see " + logFile());
    }

    /** Payara Micro stays up with nothing deployed when the WAR fails, so its log is the only signal. */
    private boolean deploymentFailed() throws IOException {
        return Files.exists(logFile()) && Files.readString(logFile(), java.nio.charset.StandardCharsets.UTF_8)
                .contains("Exception while loading the app");
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + httpPort + "/");
    }

    /** JDBC URL of the application database, for tests that check what was written. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/lms";
    }

    public Path logFile() {
        return settings.dataDir().resolve("logs").resolve("payara.log");
    }

    @Override
    public void close() {
        if (payara != null && payara.isAlive()) {
            payara.destroy();
            try {
                if (!payara.waitFor(60, TimeUnit.SECONDS)) {
                    payara.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                payara.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        if (s3 != null) {
            try {
                s3.stop();
            } catch (Exception e) {
                System.getLogger(LocalStack.class.getName()).log(System.Logger.Level.WARNING, "S3 server stop failed", e);
            }
        }
        if (blobs != null) {
            blobs.close();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.getLogger(LocalStack.class.getName()).log(System.Logger.Level.WARNING, "PostgreSQL stop failed", e);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
