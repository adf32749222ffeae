package vn.tvet.lms.scorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * SCORM 2004 sequencing as the runtime carries it out: a manifest with flow and choice controls, a skip and a
 * hidden-from-choice rule, a forward-only cluster with its own rollup rule, and an attempt limit from the manifest's
 * sequencing collection.
 */
class SequencerTest {

    static final String MANIFEST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest identifier="m" version="1" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
                      xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
              <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
              <organizations default="o">
                <organization identifier="o">
                  <title>Khóa</title>
                  <item identifier="intro" identifierref="r1"><title>Giới thiệu</title>
                    <imsss:sequencing><imsss:sequencingRules><imsss:preConditionRule>
                      <imsss:ruleConditions><imsss:ruleCondition condition="satisfied"/></imsss:ruleConditions>
                      <imsss:ruleAction action="skip"/></imsss:preConditionRule></imsss:sequencingRules></imsss:sequencing>
                  </item>
                  <item identifier="module"><title>Bài học</title>
                    <item identifier="lesson" identifierref="r2"><title>Nội dung</title></item>
                    <item identifier="quiz" identifierref="r3"><title>Kiểm tra</title><imsss:sequencing IDRef="quizRules"/></item>
                    <imsss:sequencing>
                      <imsss:controlMode choice="false" flow="true" forwardOnly="true"/>
                      <imsss:rollupRules><imsss:rollupRule childActivitySet="any">
                        <imsss:rollupConditions><imsss:rollupCondition condition="satisfied"/></imsss:rollupConditions>
                        <imsss:rollupAction action="satisfied"/></imsss:rollupRule></imsss:rollupRules>
                    </imsss:sequencing>
                  </item>
                  <item identifier="extra" identifierref="r4"><title>Phụ lục</title>
                    <imsss:sequencing><imsss:sequencingRules><imsss:preConditionRule>
                      <imsss:ruleConditions><imsss:ruleCondition condition="always"/></imsss:ruleConditions>
                      <imsss:ruleAction action="hiddenFromChoice"/></imsss:preConditionRule></imsss:sequencingRules>
                      <imsss:rollupRules rollupObjectiveSatisfied="false"/></imsss:sequencing>
                  </item>
                  <imsss:sequencing><imsss:controlMode choice="true" flow="true"/></imsss:sequencing>
                </organization>
              </organizations>
              <resources>
                <resource identifier="r1" type="webcontent" adlcp:scormType="sco" href="1.html"/>
                <resource identifier="r2" type="webcontent" adlcp:scormType="sco" href="2.html"/>
                <resource identifier="r3" type="webcontent" adlcp:scormType="sco" href="3.html"/>
                <resource identifier="r4" type="webcontent" adlcp:scormType="sco" href="4.html"/>
              </resources>
              <imsss:sequencingCollection>
                <imsss:sequencing ID="quizRules"><imsss:limitConditions attemptLimit="2"/></imsss:sequencing>
              </imsss:sequencingCollection>
            </manifest>
            """;

    private final PackageStructure structure = PackageStructure.read(
            new ByteArrayInputStream(MANIFEST.getBytes(StandardCharsets.UTF_8)));

    @Test
    void readsControlModesRulesAndTheSharedDefinition() {
        assertTrue(structure.organization().flow());
        Sequencing module = structure.items().get(1).sequencing();
        assertFalse(module.choice());
        assertTrue(module.forwardOnly());
        assertEquals("any", module.rollupRules().get(0).childActivitySet());
        assertEquals(2, structure.items().get(3).sequencing().attemptLimit(), "from the sequencing collection");
        assertEquals("skip", structure.items().get(0).sequencing().preConditions().get(0).action());
        assertFalse(structure.items().get(4).sequencing().rollupSatisfied());
    }

    @Test
    void flowStartsAtTheFirstActivitySkipsWhatIsSatisfiedAndStopsPreviousInAForwardOnlyCluster() {
        Map<String, Sequencer.Tracking> tracking = new HashMap<>();
        assertEquals(Optional.of("intro"), new Sequencer(structure, tracking).start());
        tracking.put("intro", new Sequencer.Tracking(1, "completed", "passed", 1.0));
        Sequencer sequencer = new Sequencer(structure, tracking);
        assertEquals(Optional.of("lesson"), sequencer.start(), "a satisfied introduction is skipped");
        assertEquals(Optional.of("quiz"), sequencer.next("lesson"));
        assertEquals(Optional.of("extra"), sequencer.next("quiz"), "hidden from choice, not from flow");
        assertEquals(Optional.empty(), sequencer.next("extra"), "the end of the course");
        assertEquals(Optional.empty(), sequencer.previous("quiz"), "the cluster is forward only");
        assertEquals(Optional.empty(), sequencer.previous("extra"), "nothing before it but a skipped introduction"
                + " and a forward-only cluster");
        assertEquals(Optional.of("lesson"), new Sequencer(structure, Map.of()).next("intro"));
    }

    @Test
    void choiceFollowsTheParentsControlModeHiddenRulesAndAttemptLimits() {
        Map<String, Sequencer.Tracking> tracking = new HashMap<>();
        Sequencer sequencer = new Sequencer(structure, tracking);
        assertTrue(sequencer.choosable("intro"));
        assertFalse(sequencer.choosable("lesson"), "its cluster does not allow choice");
        assertFalse(sequencer.choosable("extra"));
        assertTrue(sequencer.hidden("extra"));
        assertFalse(sequencer.hidden("lesson"));
        assertFalse(sequencer.choosable("module"), "a cluster is not launched");
        tracking.put("quiz", new Sequencer.Tracking(2, "completed", "failed", 0.4));
        assertEquals(Optional.empty(), new Sequencer(structure, tracking).next("lesson"), "the quiz's two attempts are used");
    }

    @Test
    void statusesRollUpByTheClustersRulesAndTheDefaults() {
        Map<String, Sequencer.Tracking> tracking = new HashMap<>();
        tracking.put("lesson", new Sequencer.Tracking(1, "completed", "unknown", null));
        tracking.put("quiz", new Sequencer.Tracking(1, "incomplete", "passed", 0.9));
        Sequencer sequencer = new Sequencer(structure, tracking);
        assertEquals(Boolean.TRUE, sequencer.status("module").satisfied(), "any child satisfied (the cluster's rule)");
        assertEquals(Boolean.FALSE, sequencer.status("module").completed(), "default: all known, not all completed");
        assertNull(sequencer.overall().satisfied(), "the introduction is not known yet");
        tracking.put("intro", new Sequencer.Tracking(1, "completed", "passed", 1.0));
        tracking.put("quiz", new Sequencer.Tracking(1, "completed", "passed", 0.9));
        sequencer = new Sequencer(structure, tracking);
        assertEquals(Boolean.TRUE, sequencer.overall().satisfied(), "the appendix does not count for satisfaction");
        assertNull(sequencer.overall().completed(), "the appendix's progress is unknown");
        tracking.put("extra", new Sequencer.Tracking(1, "completed", "unknown", null));
        assertEquals(Boolean.TRUE, new Sequencer(structure, tracking).overall().completed());
        tracking.put("intro", new Sequencer.Tracking(1, "completed", "failed", 0.2));
        assertEquals(Boolean.FALSE, new Sequencer(structure, tracking).overall().satisfied(), "all known, one failed");
    }
}
