package vn.tvet.lms.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import vn.tvet.lms.localservices.LocalDatabase;

/**
 * {@code java -jar lms-launcher/target/lms-launcher.jar}: starts the local stack with demo data and
 * prints where it is and how to sign in. Ctrl-C stops everything cleanly; the data directory stays.
 */
public final class LocalRun {

    private LocalRun() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(LocalRun.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dataDir = Path.of(setting("lms.data.dir", "LMS_DATA_DIR", "data")).toAbsolutePath();
        Path appDir = Path.of(setting("lms.launcher.appDir", "LMS_APP_DIR", jar.getParent().resolve("app").toString()));
        int httpPort = Integer.parseInt(setting("lms.http.port", "LMS_HTTP_PORT", "8080"));
        int dbPort = Integer.parseInt(setting("lms.db.port", "LMS_DB_PORT", "15432"));
        int s3Port = Integer.parseInt(setting("lms.s3.port", "LMS_S3_PORT", "9000"));
        int smtpPort = Integer.parseInt(setting("lms.smtp.port", "LMS_SMTP_PORT", "3025"));
        int imapPort = Integer.parseInt(setting("lms.imap.port", "LMS_IMAP_PORT", "3143"));

        requireFree(httpPort, "LMS_HTTP_PORT");
        requireFree(dbPort, "LMS_DB_PORT");
        requireFree(s3Port, "LMS_S3_PORT");
        requireFree(smtpPort, "LMS_SMTP_PORT");
        requireFree(imapPort, "LMS_IMAP_PORT");
        System.out.println("Starting TVET LMS (PostgreSQL, S3 server, mail server, Payara Micro); data in " + dataDir);
        LocalStack stack = LocalStack.start(new LocalStack.Settings(dataDir, appDir, httpPort, dbPort, s3Port, true,
                LocalDatabase.Durability.CRASH_SAFE, List.of(), smtpPort, imapPort));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping TVET LMS...");
            stack.close();
            System.out.println("Stopped. Data kept in " + dataDir);
        }, "lms-shutdown"));

        String password = "Demo@2026";
        System.out.println();
        System.out.println("TVET LMS is running at " + stack.url());
        System.out.println("Application log: " + stack.logFile());
        System.out.println("E-mail it sends: IMAP 127.0.0.1:" + imapPort + " (user: the recipient's address, e.g."
                + " hpcd.sv01@demo.tvet.vn; any password); SMTP 127.0.0.1:" + smtpPort);
        System.out.println("Demo logins (password " + password + " for all):");
        System.out.println("  quantri.mang  network admin (Quản trị hệ thống)");
        System.out.println("  thuvien       shared library admin (Quản trị kho học liệu dùng chung)");
        System.out.println("  thanhtra      inspector (Thanh tra, Sở)");
        System.out.println("  hpcd.quantri  school admin, Trường Cao đẳng Kỹ thuật Hải Phòng");
        System.out.println("  hpcd.gv1      teacher (hpcd.gv2 also teaches at Trường Trung cấp Nghề Hải An)");
        System.out.println("  hpcd.sv01     student (sv01..sv04)");
        System.out.println("  hptc.*, qncd.*  the same roles at the Hải An and Quảng Ninh schools");
        System.out.println("Press Ctrl-C to stop.");
        Thread.currentThread().join();
    }

    /** Says which setting to change when a port is taken, instead of failing minutes later inside Payara. */
    private static void requireFree(int port, String environment) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException taken) {
            System.err.println("Port " + port + " is already in use (is TVET LMS already running?). "
                    + "Stop the other program or choose another port with " + environment + "=<port>.");
            System.exit(2);
        }
    }

    private static String setting(String property, String environment, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
