package vn.tvet.lms.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.tvet.lms.localservices.FreePorts;
import vn.tvet.lms.localservices.LocalDatabase;
import vn.tvet.lms.localservices.LocalMailServer;
import vn.tvet.lms.localservices.LocalObjectStore;

/**
 * The whole application on one machine: PostgreSQL (data in {@code <data>/postgres}), S3Proxy (objects
 * in {@code <data>/objects}), GreenMail (the e-mail the application sends, kept in memory while it runs) and Payara
 * Micro running the WAR (log in {@code <data>/logs/payara.log}). Starting again on the same data directory keeps
 * everything but the mail. {@link #close()} stops them all.
 */
public final class LocalStack implements AutoCloseable {

    /** Where to run and what to run: ports 0 pick free ones. */
    public record Settings(Path dataDir, Path appDir, int httpPort, int dbPort, int s3Port, boolean demoData,
            LocalDatabase.Durability durability, List<String> extraSystemProperties, int smtpPort, int imapPort) {

        /** The mail server on free ports. */
        public Settings(Path dataDir, Path appDir, int httpPort, int dbPort, int s3Port, boolean demoData,
                LocalDatabase.Durability durability, List<String> extraSystemProperties) {
            this(dataDir, appDir, httpPort, dbPort, s3Port, demoData, durability, extraSystemProperties, 0, 0);
        }
    }

    private final Settings settings;
    private LocalDatabase database;
    private LocalObjectStore objectStore;
    private LocalMailServer mailServer;
    private Process payara;
    private int httpPort;

    private LocalStack(Settings settings) {
        this.settings = settings;
    }

    /** Starts everything and returns once {@code /health} answers UP; on failure stops what had started. */
    public static LocalStack start(Settings settings) throws IOException, InterruptedException {
        LocalStack stack = new LocalStack(settings);
        try {
            stack.database = LocalDatabase.start(settings.dataDir().resolve("postgres"), settings.dbPort(),
                    settings.durability());
            stack.objectStore = LocalObjectStore.start(settings.dataDir().resolve("objects"), settings.s3Port());
            stack.mailServer = LocalMailServer.start(settings.smtpPort(), settings.imapPort());
            stack.startPayara();
            stack.awaitHealthy(Duration.ofMinutes(4));
            return stack;
        } catch (IOException | InterruptedException | RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /** Stops the object store only, to show that the application survives its loss. */
    public void stopObjectStore() throws IOException {
        objectStore.stop();
    }

    /** Starts the object store again on the same port and directory. */
    public void restartObjectStore() throws IOException {
        objectStore.restart();
    }

    /**
     * Kills the application server at once (SIGKILL: no shutdown hooks, as in a power cut or an OOM kill)
     * and starts it again on the same port, database, store and data directory.
     */
    public void killAndRestartApplication() throws IOException, InterruptedException {
        payara.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        startPayara();
        awaitHealthy(Duration.ofMinutes(4));
    }

    private void startPayara() throws IOException {
        if (httpPort == 0) {
            httpPort = settings.httpPort() == 0 ? FreePorts.any() : settings.httpPort();
        }
        Path logs = settings.dataDir().resolve("logs");
        Files.createDirectories(logs);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.add("-Dlms.db.url=" + database.jdbcUrl());
        command.add("-Dlms.db.user=" + LocalDatabase.USER);
        command.add("-Dlms.db.password=" + LocalDatabase.PASSWORD);
        command.add("-Dlms.storage.endpoint=" + objectStore.endpoint());
        command.add("-Dlms.storage.access-key=" + LocalObjectStore.ACCESS_KEY);
        command.add("-Dlms.storage.secret-key=" + LocalObjectStore.SECRET_KEY);
        command.add("-Dlms.demo.enabled=" + settings.demoData());
        command.add("-Dlms.data.dir=" + settings.dataDir().toAbsolutePath());
        command.add("-Dlms.public-url=http://127.0.0.1:" + httpPort);
        // packages run from another origin of the same server (another host name: no shared cookies or pages)
        command.add("-Dlms.content-origin=http://localhost:" + httpPort);
        command.add("-Dlms.mail.host=127.0.0.1");
        command.add("-Dlms.mail.port=" + mailServer.smtpPort());
        // The local run may import frameworks from CASE servers on this machine (its own endpoint included).
        command.add("-Dlms.case.allowed-hosts=127.0.0.1,localhost");
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
        return database.jdbcUrl();
    }

    /** The Payara Micro process, for benchmarks that read its CPU time and heap. */
    public long applicationPid() {
        return payara.pid();
    }

    /** The S3 endpoint, for benchmarks that compare the app with direct access. */
    public String objectStoreEndpoint() {
        return objectStore.endpoint();
    }

    public Path dataDir() {
        return settings.dataDir();
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
        closeQuietly(mailServer, "mail server");
        closeQuietly(objectStore, "S3 server");
        closeQuietly(database, "PostgreSQL");
    }

    /** The mail server the application sends through: what it received, and its ports for mail clients. */
    public LocalMailServer mailServer() {
        return mailServer;
    }

    /** Shutdown goes on past a failing part, so one stuck service never keeps the others running. */
    private static void closeQuietly(AutoCloseable service, String name) {
        if (service == null) {
            return;
        }
        try {
            service.close();
        } catch (Exception e) {
            System.getLogger(LocalStack.class.getName()).log(System.Logger.Level.WARNING, name + " stop failed", e);
        }
    }
}
