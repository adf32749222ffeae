package vn.tvet.lms.scorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tvet.lms.library.packaging.PackageRejectedException;

class PackageStructureTest {

    static final String SCORM_12 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest identifier="m" version="1" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                      xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
              <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
              <organizations default="org">
                <organization identifier="org">
                  <title>An toàn điện</title>
                  <item identifier="chapter" isvisible="true">
                    <title>Chương 1</title>
                    <item identifier="sco1" identifierref="r1" parameters="lang=vi">
                      <title>Bài 1</title>
                      <adlcp:masteryscore>80</adlcp:masteryscore>
                      <adlcp:datafromlms>mode=exam</adlcp:datafromlms>
                      <adlcp:maxtimeallowed>00:30:00</adlcp:maxtimeallowed>
                      <adlcp:timelimitaction>exit,message</adlcp:timelimitaction>
                    </item>
                    <item identifier="hidden" identifierref="r2" isvisible="false"><title>Ẩn</title></item>
                  </item>
                  <item identifier="sco2" identifierref="r2"><title>Bài 2</title>
                    <adlcp:prerequisites type="aicc_script">sco1</adlcp:prerequisites></item>
                </organization>
              </organizations>
              <resources xml:base="content/">
                <resource identifier="r1" type="webcontent" adlcp:scormtype="sco" href="one.html"/>
                <resource identifier="r2" type="webcontent" adlcp:scormtype="asset" xml:base="two/" href="index.html"/>
              </resources>
            </manifest>
            """;

    static final String SCORM_2004 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest identifier="m" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
                      xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
              <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
              <organizations default="org">
                <organization identifier="org"><title>Đo điện</title>
                  <item identifier="sco1" identifierref="r1"><title>Đo điện áp</title>
                    <adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="0.8"/>
                    <adlcp:dataFromLMS>bắt đầu</adlcp:dataFromLMS>
                    <imsss:sequencing>
                      <imsss:limitConditions attemptAbsoluteDurationLimit="PT1H"/>
                      <imsss:objectives>
                        <imsss:primaryObjective objectiveID="p" satisfiedByMeasure="true">
                          <imsss:minNormalizedMeasure>0.7</imsss:minNormalizedMeasure>
                        </imsss:primaryObjective>
                      </imsss:objectives>
                      <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
                    </imsss:sequencing>
                  </item>
                </organization>
              </organizations>
              <resources><resource identifier="r1" type="webcontent" adlcp:scormType="sco" href="sco.html"/></resources>
            </manifest>
            """;

    @Test
    void readsTheTreeAndWhatA12ScoIsGiven() {
        PackageStructure structure = read(SCORM_12);
        assertEquals(ScormVersion.SCORM_12, structure.version());
        assertEquals("An toàn điện", structure.title());
        assertEquals(List.of("chapter", "sco1", "hidden", "sco2"), structure.items().stream().map(PackageStructure.Item::identifier).toList());
        assertEquals(List.of(0, 1, 1, 0), structure.items().stream().map(PackageStructure.Item::depth).toList());
        PackageStructure.Item chapter = structure.items().get(0);
        assertFalse(chapter.launchable(), "an item without a resource only groups");
        PackageStructure.Item sco = structure.item("sco1").orElseThrow();
        assertEquals("content/one.html?lang=vi", sco.href(), "xml:base of <resources> and the item's parameters");
        assertTrue(sco.sco());
        assertEquals(80.0, sco.masteryScore());
        assertEquals("mode=exam", sco.launchData());
        assertEquals("00:30:00", sco.maxTimeAllowed());
        assertEquals("exit,message", sco.timeLimitAction());
        PackageStructure.Item hidden = structure.items().get(2);
        assertFalse(hidden.visible());
        assertEquals("content/two/index.html", hidden.href());
        assertFalse(hidden.sco(), "an asset never talks to the API");
        assertEquals("sco1", structure.item("sco2").orElseThrow().prerequisites());
    }

    @Test
    void readsWhatA2004ScoIsGivenAndItsDeliveryControls() {
        PackageStructure structure = read(SCORM_2004);
        assertEquals(ScormVersion.SCORM_2004, structure.version());
        PackageStructure.Item sco = structure.launchable().get(0);
        assertEquals("sco.html", sco.href());
        assertEquals(0.8, sco.completionThreshold());
        assertEquals(0.7, sco.scaledPassingScore());
        assertEquals("bắt đầu", sco.launchData());
        assertEquals("PT1H", sco.maxTimeAllowed());
        assertTrue(sco.completionSetByContent());
        assertTrue(sco.objectiveSetByContent());
        assertNull(sco.masteryScore());
    }

    @Test
    void aManifestWithoutLaunchableItemsOrWithADoctypeIsRefused() {
        assertThrows(PackageRejectedException.class, () -> read(SCORM_12.replace("identifierref=\"r1\"", "")
                .replace("identifierref=\"r2\"", "")));
        assertThrows(PackageRejectedException.class, () -> read("<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x \"y\">]><manifest/>"));
    }

    static PackageStructure read(String manifest) {
        return PackageStructure.read(new ByteArrayInputStream(manifest.strip().getBytes(StandardCharsets.UTF_8)));
    }
}
