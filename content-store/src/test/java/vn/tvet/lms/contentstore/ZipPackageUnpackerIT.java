package vn.tvet.lms.contentstore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tvet.lms.library.ResourceType;
import vn.tvet.lms.library.packaging.PackageLimits;
import vn.tvet.lms.library.packaging.PackageRejectedException;
import vn.tvet.lms.library.packaging.PackageRejectedException.Reason;
import vn.tvet.lms.library.packaging.UnpackedEntry;
import vn.tvet.lms.library.packaging.UnpackedPackage;
import vn.tvet.lms.localservices.LocalObjectStore;
import vn.tvet.lms.storage.StoredBlob;

/** Safe unpacking of packages from the real S3 server into it: good packages, and every archive attack refused. */
class ZipPackageUnpackerIT {

    private static final String SCORM_MANIFEST = """
            <manifest identifier="m" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1">
              <organizations default="o"><organization identifier="o"><item identifier="i" identifierref="r"/>
              </organization></organizations>
              <resources><resource identifier="r" type="webcontent" href="bai1/launch.html"/></resources>
            </manifest>
            """;

    @TempDir
    Path data;

    private LocalObjectStore s3;
    private MinioContentStore store;
    private ZipPackageUnpacker unpacker;

    @BeforeEach
    void start() throws Exception {
        s3 = LocalObjectStore.start(data, 0);
        store = new MinioContentStore(s3.endpoint(), LocalObjectStore.ACCESS_KEY, LocalObjectStore.SECRET_KEY, "pkg");
        store.ensureBucket();
        unpacker = new ZipPackageUnpacker(store);
    }

    @AfterEach
    void stop() throws Exception {
        store.close();
        s3.close();
    }

    private UnpackedPackage unpack(byte[] zip, ResourceType type, PackageLimits limits) {
        StoredBlob archive = store.putContentAddressed(new ByteArrayInputStream(zip), 100_000_000, "application/zip");
        return unpacker.unpack(archive, type, limits);
    }

    private Reason refused(byte[] zip, ResourceType type, PackageLimits limits) {
        return assertThrows(PackageRejectedException.class, () -> unpack(zip, type, limits)).reason();
    }

    @Test
    void html5PackageZippedFromItsFolderIsUnpackedAndStored() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("mo-phong/index.html", "<html><body>Mô phỏng đấu dây</body></html>".getBytes(StandardCharsets.UTF_8));
        files.put("mo-phong/js/app.js", "console.log('xin chào')".getBytes(StandardCharsets.UTF_8));
        files.put("mo-phong/WEB-INF/evil.jsp", "<% Runtime.getRuntime() %>".getBytes(StandardCharsets.UTF_8));

        UnpackedPackage unpacked = unpack(zip(files), ResourceType.HTML5_PACKAGE, PackageLimits.DEFAULT);

        assertEquals("index.html", unpacked.entryPoint());
        Map<String, String> types = unpacked.entries().stream()
                .collect(Collectors.toMap(UnpackedEntry::path, UnpackedEntry::mediaType));
        assertEquals("text/html", types.get("index.html"));
        assertEquals("application/octet-stream", types.get("WEB-INF/evil.jsp"), "never served as code");
        UnpackedEntry script = unpacked.entries().stream().filter(e -> e.path().equals("js/app.js")).findFirst().orElseThrow();
        try (InputStream in = store.open(script.blob().key())) {
            assertArrayEquals(files.get("mo-phong/js/app.js"), in.readAllBytes());
        }
    }

    @Test
    void scormPackageLaunchesWhatItsManifestSays() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("imsmanifest.xml", SCORM_MANIFEST.getBytes(StandardCharsets.UTF_8));
        files.put("bai1/launch.html", "<html></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals("bai1/launch.html", unpack(zip(files), ResourceType.SCORM_PACKAGE, PackageLimits.DEFAULT).entryPoint());
    }

    @Test
    void pathsLeavingThePackageAreRefused() throws IOException {
        for (String evil : new String[] {"../../x.jsp", "/abs/path", "..\\win", "a/../../b"}) {
            assertEquals(Reason.UNSAFE_PATH, refused(zip(Map.of("index.html", new byte[1], evil, new byte[1])),
                    ResourceType.HTML5_PACKAGE, PackageLimits.DEFAULT), evil);
        }
    }

    @Test
    void symlinksAreRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
            ZipArchiveEntry link = new ZipArchiveEntry("index.html");
            link.setUnixMode(0120777);
            out.putArchiveEntry(link);
            out.write("/etc/passwd".getBytes(StandardCharsets.US_ASCII));
            out.closeArchiveEntry();
        }
        assertEquals(Reason.SYMLINK, refused(bytes.toByteArray(), ResourceType.HTML5_PACKAGE, PackageLimits.DEFAULT));
    }

    @Test
    void zipBombsAndOversizedPackagesAreStoppedWhileUnpacking() throws IOException {
        assertEquals(Reason.COMPRESSION_RATIO, refused(zip(Map.of("index.html", new byte[1],
                "zeros.bin", new byte[20 * 1024 * 1024])), ResourceType.HTML5_PACKAGE, PackageLimits.DEFAULT));

        byte[] noise = new byte[60_000];
        new Random(1).nextBytes(noise);
        PackageLimits small = new PackageLimits(10_000, 100_000, 100, 32);
        assertEquals(Reason.TOO_LARGE, refused(zip(Map.of("index.html", noise, "a.bin", noise, "b.bin", noise)),
                ResourceType.HTML5_PACKAGE, small));

        Map<String, byte[]> many = new LinkedHashMap<>();
        many.put("index.html", new byte[1]);
        for (int i = 0; i < 60; i++) {
            many.put("f" + i + ".txt", new byte[1]);
        }
        assertEquals(Reason.TOO_MANY_ENTRIES, refused(zip(many), ResourceType.HTML5_PACKAGE,
                new PackageLimits(50, 1_000_000, 100, 32)));
    }

    @Test
    void packagesWithoutAnEntryPointSayWhatIsMissing() throws IOException {
        assertEquals(Reason.NOT_A_ZIP, refused("this is not a zip".getBytes(StandardCharsets.UTF_8),
                ResourceType.HTML5_PACKAGE, PackageLimits.DEFAULT));
        assertEquals(Reason.NO_ENTRY_POINT, refused(zip(Map.of("readme.txt", new byte[1])),
                ResourceType.SIMULATION, PackageLimits.DEFAULT));
        assertEquals(Reason.NO_MANIFEST, refused(zip(Map.of("index.html", new byte[1])),
                ResourceType.SCORM_PACKAGE, PackageLimits.DEFAULT));
        assertEquals(Reason.MANIFEST_IN_SUBFOLDER, refused(zip(Map.of("a/imsmanifest.xml",
                SCORM_MANIFEST.getBytes(StandardCharsets.UTF_8), "b/launch.html", new byte[1])),
                ResourceType.SCORM_PACKAGE, PackageLimits.DEFAULT));
        assertEquals(Reason.MANIFEST_MALFORMED, refused(zip(Map.of("imsmanifest.xml",
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><manifest>&e;</manifest>"
                        .getBytes(StandardCharsets.UTF_8))), ResourceType.SCORM_PACKAGE, PackageLimits.DEFAULT));
    }

    private static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                out.putArchiveEntry(new ZipArchiveEntry(file.getKey()));
                out.write(file.getValue());
                out.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }
}
