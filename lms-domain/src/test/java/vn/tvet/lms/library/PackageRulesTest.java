package vn.tvet.lms.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.tvet.lms.library.packaging.PackagePaths;
import vn.tvet.lms.library.packaging.PackageRejectedException;
import vn.tvet.lms.library.packaging.PackageRejectedException.Reason;
import vn.tvet.lms.library.packaging.ScormManifest;

/** Paths inside packages and SCORM manifests: what is accepted, and every bad input refused clearly. */
class PackageRulesTest {

    @Test
    void onlyRelativePathsInsideThePackageAreSafe() {
        assertEquals("index.html", PackagePaths.safe("index.html", 32));
        assertEquals("media/video/bai1.mp4", PackagePaths.safe("media/video/bai1.mp4", 32));
        assertEquals("media/", PackagePaths.safe("media/", 32));
        for (String evil : new String[] {"../../x.jsp", "/abs/path", "..\\win", "a/../../b", "a/./b", "a//b",
                "C:/Windows/x", "a/b\u0000.html", "", null}) {
            assertNull(PackagePaths.safe(evil, 32), String.valueOf(evil));
        }
        assertNull(PackagePaths.safe("a/".repeat(33) + "x", 32), "too deep");
    }

    @Test
    void serverSideFilesAreNeverServedAsCode() {
        for (String code : new String[] {"shell.jsp", "x/y.JSPX", "WEB-INF/web.xml", "a/WEB-INF/lib/x.jar",
                "Evil.class", "app.war", ".htaccess", "META-INF/MANIFEST.MF"}) {
            assertTrue(PackagePaths.neverAsCode(code), code);
        }
        assertFalse(PackagePaths.neverAsCode("index.html"));
        assertFalse(PackagePaths.neverAsCode("js/app.js"));
    }

    private static String entryPoint(String xml) {
        return ScormManifest.entryPoint(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void scormEntryPointIsTheDefaultOrganizationsFirstLaunchableItem() {
        String manifest = """
                <manifest identifier="m" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
                          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3">
                  <organizations default="org2">
                    <organization identifier="org1"><item identifier="i0" identifierref="r0"/></organization>
                    <organization identifier="org2">
                      <title>An toàn điện</title>
                      <item identifier="folder"><item identifier="i1" identifierref="r1"/></item>
                    </organization>
                  </organizations>
                  <resources>
                    <resource identifier="r0" type="webcontent" adlcp:scormType="sco" href="other.html"/>
                    <resource identifier="r1" type="webcontent" adlcp:scormType="sco" href="shared/launch.html"/>
                  </resources>
                </manifest>
                """;
        assertEquals("shared/launch.html", entryPoint(manifest));
    }

    @Test
    void badManifestsAreRefusedWithTheirReason() {
        assertEquals(Reason.MANIFEST_MALFORMED, assertThrows(PackageRejectedException.class,
                () -> entryPoint("<manifest><organizations>")).reason());
        assertEquals(Reason.MANIFEST_MALFORMED, assertThrows(PackageRejectedException.class, () -> entryPoint(
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><manifest>&e;</manifest>")).reason(),
                "external entities (XXE)");
        assertEquals(Reason.MANIFEST_MALFORMED, assertThrows(PackageRejectedException.class, () -> entryPoint(
                "<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><manifest>&b;</manifest>"))
                .reason(), "entity expansion (billion laughs)");
        assertEquals(Reason.MANIFEST_MALFORMED, assertThrows(PackageRejectedException.class, () -> entryPoint(
                "<!DOCTYPE m [<!ENTITY % p SYSTEM \"http://127.0.0.1/x.dtd\"> %p;]><manifest/>")).reason(),
                "external parameter entities");
        assertEquals(Reason.MANIFEST_NO_ORGANIZATION, assertThrows(PackageRejectedException.class,
                () -> entryPoint("<manifest><resources/></manifest>")).reason());
        assertEquals(Reason.NO_ENTRY_POINT, assertThrows(PackageRejectedException.class, () -> entryPoint(
                "<manifest><organizations><organization identifier='o'><item identifier='i'/></organization>"
                        + "</organizations><resources/></manifest>")).reason());
    }
}
