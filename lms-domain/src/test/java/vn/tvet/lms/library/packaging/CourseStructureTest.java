package vn.tvet.lms.library.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** cmi5.xml as an importing LMS must read it (cmi5 sections 13 and 14), and the structures it must refuse. */
class CourseStructureTest {

    private static final String NS = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";

    @Test
    void readsTheCourseBlocksAndAusInOrderWithTheirDefaults() {
        CourseStructure course = read("""
                <courseStructure xmlns="%s">
                  <course id=" https://example.vn/course/1 ">
                    <title><langstring lang="en-US">Electrical safety</langstring><langstring lang="vi-VN"> An toàn điện </langstring></title>
                    <description><langstring lang="vi-VN">Mô tả</langstring></description>
                  </course>
                  <objectives><objective id="https://example.vn/objective/1"><title><langstring lang="vi">Mục tiêu</langstring></title>
                    <description><langstring lang="vi">x</langstring></description></objective></objectives>
                  <au id="https://example.vn/au/read"><title><langstring lang="vi">Đọc</langstring></title>
                    <description><langstring lang="vi">d</langstring></description><url> index.html?part=1 </url></au>
                  <block id="https://example.vn/block/test">
                    <title><langstring lang="vi">Kiểm tra</langstring></title><description><langstring lang="vi">d</langstring></description>
                    <block id="https://example.vn/block/inner">
                      <title><langstring lang="vi">Trong</langstring></title><description><langstring lang="vi">d</langstring></description>
                      <au id="https://example.vn/au/test" moveOn="CompletedAndPassed" masteryScore="0.85" launchMethod="OwnWindow"
                          activityType="http://adlnet.gov/expapi/activities/assessment">
                        <title><langstring lang="vi">Bài kiểm tra</langstring></title><description><langstring lang="vi">d</langstring></description>
                        <url>https://content.example.com/test.html</url>
                        <launchParameters> level=2 </launchParameters><entitlementKey>abc</entitlementKey>
                      </au>
                    </block>
                  </block>
                </courseStructure>
                """.formatted(NS), Set.of("index.html"));
        assertEquals("https://example.vn/course/1", course.id(), "whitespace is trimmed");
        assertEquals("An toàn điện", course.title(), "the Vietnamese title first");
        assertEquals(2, course.aus().size());
        CourseStructure.Au read = course.aus().get(0);
        assertEquals("NotApplicable", read.moveOn());
        assertEquals("AnyWindow", read.launchMethod());
        assertNull(read.masteryScore());
        assertTrue(read.packaged());
        assertEquals("index.html", read.packagePath());
        CourseStructure.Au test = course.aus().get(1);
        assertEquals(new BigDecimal("0.85"), test.masteryScore());
        assertEquals("OwnWindow", test.launchMethod());
        assertEquals("level=2", test.launchParameters());
        assertEquals("abc", test.entitlementKey());
        assertTrue(!test.packaged());
        assertEquals(2, course.blocksOf(test).size());
        assertEquals("https://example.vn/block/inner", course.blocksOf(test).get(0).id(), "innermost first");
        assertEquals(0, course.blocksOf(read).size());
    }

    @Test
    void refusesWhatTheSpecificationForbids() {
        String good = """
                <courseStructure xmlns="%s"><course id="https://example.vn/c"><title><langstring lang="vi">C</langstring></title>
                <description><langstring lang="vi">d</langstring></description></course>%s</courseStructure>""";
        String au = "<au id=\"%s\"%s><title><langstring lang=\"vi\">A</langstring></title><description><langstring lang=\"vi\">d"
                + "</langstring></description><url>%s</url></au>";
        assertRefused(good.formatted(NS, au.formatted("relative/id", "", "index.html")), "an AU id that is no absolute IRI");
        assertRefused(good.formatted(NS, au.formatted("https://e.vn/a", "", "index.html") + au.formatted("https://e.vn/a", "",
                "index.html")), "an AU id used twice");
        assertRefused(good.formatted(NS, au.formatted("https://e.vn/a", "", "missing.html")), "a relative url not in the package");
        assertRefused(good.formatted(NS, au.formatted("https://e.vn/a", "", "../escape.html")), "a path out of the package");
        assertRefused(good.formatted(NS, au.formatted("https://e.vn/a", "", "index.html?endpoint=x")),
                "a url that sets a launch parameter");
        assertRefused(good.formatted(NS, au.formatted("https://e.vn/a", " moveOn=\"Sometimes\"", "index.html")),
                "an unknown moveOn");
        assertRefused(good.formatted(NS, au.formatted("https://e.vn/a", " masteryScore=\"1.5\"", "index.html")),
                "a mastery score above 1");
        assertRefused(good.formatted(NS, ""), "a course without AUs");
        assertRefused(good.formatted("urn:other", au.formatted("https://e.vn/a", "", "index.html")), "another namespace");
        assertRefused("<courseStructure", "malformed XML");
        assertRefused("<!DOCTYPE x [<!ENTITY a \"b\">]><x/>", "a DTD");
        PackageRejectedException alone = assertThrows(PackageRejectedException.class, () -> CourseStructure.read(
                stream(good.formatted(NS, au.formatted("https://e.vn/a", "", "index.html"))), null));
        assertEquals(PackageRejectedException.Reason.COURSE_STRUCTURE_INVALID, alone.reason(),
                "a structure without a package needs fully qualified URLs");
    }

    private static void assertRefused(String xml, String why) {
        assertThrows(PackageRejectedException.class, () -> read(xml, Set.of("index.html")), why);
    }

    private static CourseStructure read(String xml, Set<String> files) {
        return CourseStructure.read(stream(xml), files::contains);
    }

    private static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
