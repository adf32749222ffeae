package vn.tvet.lms.scorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import vn.tvet.lms.library.packaging.PackageRejectedException;
import vn.tvet.lms.library.packaging.ScormManifest;

/**
 * Optional: the public sample packages in {@code ../shared/scorm} (Rustici's golf examples and Moodle's negative
 * fixtures), when that folder exists next to the project; skipped otherwise, as nothing may require it.
 */
class SharedScormSamplesTest {

    private static final Path SAMPLES = Path.of("..", "..", "shared", "scorm");

    @Test
    void theGolfExamplesAreReadAsTheirAuthorsMeantThem() throws IOException {
        assumeTrue(Files.isDirectory(SAMPLES), "no ../shared/scorm here");
        PackageStructure scorm12 = read("singlescobasic.zip");
        assertEquals(ScormVersion.SCORM_12, scorm12.version());
        assertEquals("shared/launchpage.html", scorm12.launchable().get(0).href());
        assertTrue(scorm12.launchable().get(0).sco());

        PackageStructure scorm2004 = read("RuntimeBasicCalls_SCORM20043rdEdition.zip");
        assertEquals(ScormVersion.SCORM_2004, scorm2004.version());
        assertTrue(scorm2004.launchable().get(0).completionSetByContent());
        assertTrue(scorm2004.launchable().get(0).objectiveSetByContent());

        // Moodle's copy with an empty <organizations/>: its SCO resource is launched on its own
        PackageStructure resourcesOnly = read("singlescobasic_missingorg.zip");
        assertEquals("sso/launchpage.html", resourcesOnly.launchable().get(0).href());
        assertEquals("sso/launchpage.html", entryPoint("singlescobasic_missingorg.zip"));
    }

    @Test
    void theBrokenOnesAreRefused() throws IOException {
        assumeTrue(Files.isDirectory(SAMPLES), "no ../shared/scorm here");
        // a manifest with nothing but the XML declaration, in a subfolder
        try (ZipFile zip = new ZipFile(SAMPLES.resolve("badscorm.zip").toFile())) {
            ZipEntry manifest = zip.getEntry("badscorm/imsmanifest.xml");
            try (InputStream in = zip.getInputStream(manifest)) {
                assertThrows(PackageRejectedException.class, () -> PackageStructure.read(in));
            }
        }
        try (ZipFile zip = new ZipFile(SAMPLES.resolve("invalid.zip").toFile())) {
            assertEquals(null, zip.getEntry("imsmanifest.xml"), "no manifest at all: the upload refuses it (NO_MANIFEST)");
        }
    }

    private static PackageStructure read(String name) throws IOException {
        try (ZipFile zip = new ZipFile(SAMPLES.resolve(name).toFile());
                InputStream in = zip.getInputStream(zip.getEntry("imsmanifest.xml"))) {
            return PackageStructure.read(in);
        }
    }

    private static String entryPoint(String name) throws IOException {
        try (ZipFile zip = new ZipFile(SAMPLES.resolve(name).toFile());
                InputStream in = zip.getInputStream(zip.getEntry("imsmanifest.xml"))) {
            return ScormManifest.entryPoint(in);
        }
    }
}
