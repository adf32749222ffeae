package vn.tvet.lms.launcher.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import vn.tvet.lms.launcher.RunningApplication;
import vn.tvet.lms.launcher.RunningApplication.App;

/**
 * The lesson player as a screen reader meets it: the browser's accessibility tree (what NVDA, JAWS, VoiceOver and
 * TalkBack read) names the progress, the outline, the current step and every control, and a learner who uses only
 * the keyboard reaches "mark as done" by Tab, presses Enter, and hears the result in a live region.
 */
@ExtendWith(RunningApplication.class)
class PlayerForScreenReadersIT {

    @Test
    void theLessonPlayerReadsAsItLooksAndWorksFromTheKeyboard(App app) {
        try (Browser learner = new Browser()) {
            Pages.login(learner, app).signInAs("hptc.sv04", Pages.DEMO_PASSWORD);
            learner.open(app.url("/modules/learning.xhtml"));
            learner.clickAndAwaitReload(By.xpath("//li[contains(., 'DCN-T24A-MĐ07')]//a[contains(@class, 'continue-link')]"));
            learner.awaitUrlContains("/learning/class.xhtml");

            List<AxNode> tree = accessibilityTree(learner);
            AxNode progress = tree.stream().filter(n -> n.role().equals("progressbar")).findFirst().orElseThrow();
            assertEquals("Tiến độ của lớp học", progress.name());
            assertTrue(tree.stream().anyMatch(n -> n.role().equals("navigation") && n.name().equals("Nội dung")),
                    "the outline is a named landmark");
            // (the tree does not list aria-current; screen readers read it from the element)
            assertEquals(1, learner.driver().findElements(By.xpath("//nav[@id='outline']//a[@aria-current='step']")).size(),
                    "the outline says which step is open");
            String stepTitle = learner.text(By.id("stepTitle")).replaceAll("\\s+", " ").strip();
            assertTrue(tree.stream().anyMatch(n -> n.role().equals("heading") && n.name().replaceAll("\\s+", " ").strip()
                    .equals(stepTitle)), "the step's title is a heading: " + stepTitle);
            List<AxNode> unnamed = tree.stream().filter(n -> List.of("button", "link", "textbox", "checkbox", "combobox")
                    .contains(n.role()) && n.name().isBlank()).toList();
            assertEquals(List.of(), unnamed, "every control has a name to read out");

            // keyboard only: Tab to the done button, Enter
            String before = learner.text(By.id("progressText"));
            WebElement body = learner.find(By.tagName("body"));
            body.click();
            JavascriptExecutor js = (JavascriptExecutor) learner.driver();
            for (int presses = 0; presses < 120 && !"step:markDone".equals(js.executeScript(
                    "return document.activeElement && document.activeElement.id")); presses++) {
                learner.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            }
            assertEquals("step:markDone", js.executeScript("return document.activeElement.id"),
                    "the done button is reachable by Tab");
            learner.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            learner.await(d -> !d.findElement(By.id("progressText")).getText().equals(before));
            assertNotEquals(before, learner.text(By.id("progressText")));
            String live = String.valueOf(js.executeScript("var m = document.getElementById('messages');"
                    + " var r = m.closest('[aria-live]') || m.querySelector('[aria-live]') || m; return r.getAttribute('aria-live');"));
            assertTrue(live.equals("polite") || live.equals("assertive"), "messages are announced: aria-live=" + live);
            learner.auditAccessibility();
        }
    }

    /** A node of the browser's accessibility tree: its role, accessible name and properties (current, level, …). */
    record AxNode(String role, String name, Map<String, Object> properties) {
    }

    @SuppressWarnings("unchecked")
    private static List<AxNode> accessibilityTree(Browser browser) {
        Map<String, Object> answer = ((HasCdp) browser.driver()).executeCdpCommand("Accessibility.getFullAXTree", Map.of());
        return ((List<Map<String, Object>>) answer.get("nodes")).stream()
                .filter(node -> !Boolean.TRUE.equals(node.get("ignored")))
                .map(node -> new AxNode(value(node.get("role")), value(node.get("name")), properties(node)))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static String value(Object field) {
        Object value = field instanceof Map<?, ?> map ? ((Map<String, Object>) map).get("value") : null;
        return value == null ? "" : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> node) {
        Object list = node.get("properties");
        if (!(list instanceof List<?> entries)) {
            return Map.of();
        }
        java.util.Map<String, Object> properties = new java.util.HashMap<>();
        for (Object entry : entries) {
            Map<String, Object> property = (Map<String, Object>) entry;
            Object value = property.get("value") instanceof Map<?, ?> v ? ((Map<String, Object>) v).get("value") : null;
            if (value != null) {
                properties.put(String.valueOf(property.get("name")), value);
            }
        }
        return properties;
    }
}
