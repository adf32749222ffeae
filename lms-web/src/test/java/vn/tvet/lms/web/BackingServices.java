package vn.tvet.lms.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import vn.tvet.lms.localservices.LocalDatabase;
import vn.tvet.lms.localservices.LocalObjectStore;

/**
 * Starts real PostgreSQL and S3Proxy when the test run opens, before Arquillian starts Payara Micro, and
 * hands their addresses to the container through {@code lms.it.jvmOptions} (read by arquillian.xml).
 * Registered in META-INF/services rather than on the test class, so the in-container copy of the test
 * never needs these classes.
 */
public final class BackingServices implements LauncherSessionListener {

    private LocalDatabase database;
    private LocalObjectStore objectStore;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("lms.it.backingServices")) {
            return; // unit tests (surefire) need no servers
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("lms-arquillian");
            database = LocalDatabase.start(dir.resolve("postgres"), 0, LocalDatabase.Durability.DISPOSABLE);
            objectStore = LocalObjectStore.start(dir.resolve("objects"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Backing services did not start", e);
        }
        System.setProperty("lms.it.jvmOptions", String.join(" ",
                "-Dlms.db.url=" + database.jdbcUrl(),
                "-Dlms.db.user=" + LocalDatabase.USER,
                "-Dlms.db.password=" + LocalDatabase.PASSWORD,
                "-Dlms.storage.endpoint=" + objectStore.endpoint(),
                "-Dlms.storage.access-key=" + LocalObjectStore.ACCESS_KEY,
                "-Dlms.storage.secret-key=" + LocalObjectStore.SECRET_KEY,
                // the search index goes with the other throwaway data, never into the source tree
                "-Dlms.data.dir=" + dir.toAbsolutePath(),
                // cheap hashes: these tests check the rules; hashing cost is a setting, not a rule
                "-Dlms.account.pbkdf2-iterations=1000"));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        try {
            if (objectStore != null) {
                objectStore.close();
            }
            if (database != null) {
                database.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Backing services did not stop", e);
        }
    }
}
