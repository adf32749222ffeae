package vn.tvet.lms.web.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Demo SCORM packages written for the project: one lesson (three pages and a question on cutting the power before
 * work) as a SCORM 1.2 and as a SCORM 2004 4th edition package, built as zip files when the demo loads. The SCO is
 * the same page and script for both; the manifest and the API it looks for differ.
 */
final class DemoScormPackages {

    static final String TITLE_12 = "Quy trình cắt điện an toàn (bài học tương tác SCORM 1.2)";
    static final String TITLE_2004 = "Kiểm tra không còn điện (bài học tương tác SCORM 2004)";
    static final String FILE_12 = "cat-dien-an-toan-scorm12.zip";
    static final String FILE_2004 = "kiem-tra-khong-con-dien-scorm2004.zip";
    static final String TITLE_MULTI = "An toàn điện hai phần (SCORM 1.2, nhiều SCO có điều kiện)";
    static final String FILE_MULTI = "an-toan-dien-hai-phan-scorm12.zip";
    static final String DESCRIPTION = "Bài học tương tác: ba trang và một câu hỏi; ghi lại vị trí đang học, câu trả lời và kết quả.";

    private static final String MANIFEST_12 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest identifier="tvet-demo-cat-dien" version="1" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                      xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
              <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
              <organizations default="to-chuc">
                <organization identifier="to-chuc">
                  <title>Quy trình cắt điện an toàn</title>
                  <item identifier="bai-hoc" identifierref="sco">
                    <title>Cắt điện, khóa nguồn và kiểm tra</title>
                    <adlcp:masteryscore>80</adlcp:masteryscore>
                  </item>
                </organization>
              </organizations>
              <resources>
                <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
                  <file href="index.html"/><file href="sco.js"/>
                </resource>
              </resources>
            </manifest>
            """;

    private static final String MANIFEST_2004 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest identifier="tvet-demo-kiem-tra-dien" version="1" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
                      xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
              <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
              <organizations default="to-chuc">
                <organization identifier="to-chuc">
                  <title>Kiểm tra không còn điện</title>
                  <item identifier="bai-hoc" identifierref="sco">
                    <title>Cắt điện, khóa nguồn và kiểm tra</title>
                    <imsss:sequencing>
                      <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
                    </imsss:sequencing>
                  </item>
                </organization>
              </organizations>
              <resources>
                <resource identifier="sco" type="webcontent" adlcp:scormType="sco" href="index.html">
                  <file href="index.html"/><file href="sco.js"/>
                </resource>
              </resources>
            </manifest>
            """;

    /** Two SCOs of one organization; the second opens once the first is completed or passed (1.2 prerequisites). */
    private static final String MANIFEST_MULTI = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest identifier="tvet-demo-hai-phan" version="1" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                      xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
              <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
              <organizations default="to-chuc">
                <organization identifier="to-chuc">
                  <title>An toàn điện hai phần</title>
                  <item identifier="chuong" isvisible="true">
                    <title>Chương 1: Trước khi làm việc</title>
                    <item identifier="phan-1" identifierref="sco-1"><title>Phần 1: Cắt điện</title></item>
                    <item identifier="phan-2" identifierref="sco-2"><title>Phần 2: Kiểm tra lại</title>
                      <adlcp:prerequisites type="aicc_script">phan-1</adlcp:prerequisites>
                    </item>
                  </item>
                </organization>
              </organizations>
              <resources>
                <resource identifier="sco-1" type="webcontent" adlcp:scormtype="sco" href="phan-1/index.html">
                  <file href="phan-1/index.html"/><file href="phan-1/sco.js"/>
                </resource>
                <resource identifier="sco-2" type="webcontent" adlcp:scormtype="sco" href="phan-2/index.html">
                  <file href="phan-2/index.html"/><file href="phan-2/sco.js"/>
                </resource>
              </resources>
            </manifest>
            """;

    static final String TITLE_SEQUENCED = "Thao tác tủ điện theo trình tự (SCORM 2004, hai phần nối tiếp)";
    static final String FILE_SEQUENCED = "thao-tac-tu-dien-scorm2004-trinh-tu.zip";

    /** Two SCOs in order: flow on, choice off, forward only; the course is satisfied when both are (default rollup). */
    private static final String MANIFEST_SEQUENCED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest identifier="tvet-demo-trinh-tu" version="1" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
                      xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
              <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
              <organizations default="to-chuc">
                <organization identifier="to-chuc">
                  <title>Thao tác tủ điện theo trình tự</title>
                  <item identifier="phan-1" identifierref="sco-1"><title>Phần 1: Cắt điện và khóa nguồn</title></item>
                  <item identifier="phan-2" identifierref="sco-2"><title>Phần 2: Kiểm tra không còn điện</title></item>
                  <imsss:sequencing>
                    <imsss:controlMode choice="false" flow="true" forwardOnly="true"/>
                  </imsss:sequencing>
                </organization>
              </organizations>
              <resources>
                <resource identifier="sco-1" type="webcontent" adlcp:scormType="sco" href="phan-1/index.html">
                  <file href="phan-1/index.html"/><file href="phan-1/sco.js"/>
                </resource>
                <resource identifier="sco-2" type="webcontent" adlcp:scormType="sco" href="phan-2/index.html">
                  <file href="phan-2/index.html"/><file href="phan-2/sco.js"/>
                </resource>
              </resources>
            </manifest>
            """;

    private DemoScormPackages() {
    }

    static byte[] sequenced() {
        return parts(MANIFEST_SEQUENCED, "2004");
    }

    static byte[] multiSco() {
        return parts(MANIFEST_MULTI, "1.2");
    }

    /** A package of two SCOs, {@code phan-1/} and {@code phan-2/}, the same page and script in each. */
    private static byte[] parts(String manifest, String version) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, "imsmanifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
            for (String part : new String[] {"phan-1/", "phan-2/"}) {
                entry(zip, part + "index.html", resource("index.html"));
                entry(zip, part + "sco.js", script(version));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] scorm12() {
        return zip(MANIFEST_12, "1.2");
    }

    static byte[] scorm2004() {
        return zip(MANIFEST_2004, "2004");
    }

    private static byte[] zip(String manifest, String version) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, "imsmanifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
            entry(zip, "index.html", resource("index.html"));
            entry(zip, "sco.js", script(version));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] script(String version) throws IOException {
        return new String(resource("sco.js"), StandardCharsets.UTF_8).replace("__VERSION__", version)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DemoScormPackages.class.getResourceAsStream("scorm/" + name)) {
            if (in == null) {
                throw new IOException("demo SCO file missing from the WAR: " + name);
            }
            return in.readAllBytes();
        }
    }
}
