package vn.tvet.lms.web.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The demo cmi5 course written for the project: cmi5.xml with a reading AU (moveOn Completed) and, in a block, a
 * two-question test (CompletedAndPassed, mastery score 0.8); one page and a hand-written cmi5 script serve both.
 */
final class DemoCmi5Package {

    static final String TITLE = "Khóa – treo thẻ trước khi sửa chữa (khóa học cmi5)";
    static final String FILE = "khoa-treo-the-cmi5.zip";
    static final String DESCRIPTION = "Khóa học cmi5: một bài đọc và một bài kiểm tra; kết quả ghi vào hồ sơ học tập (xAPI).";

    private DemoCmi5Package() {
    }

    static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (String name : new String[] {"cmi5.xml", "index.html", "au.js"}) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(resource(name));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DemoCmi5Package.class.getResourceAsStream("cmi5/" + name)) {
            if (in == null) {
                throw new IOException("demo cmi5 file missing from the WAR: " + name);
            }
            return in.readAllBytes();
        }
    }
}
