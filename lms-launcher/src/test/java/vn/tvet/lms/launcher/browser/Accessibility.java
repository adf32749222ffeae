package vn.tvet.lms.launcher.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * axe-core (npm, installed with the front-end libraries) run in the page by Selenium: the serious and critical
 * violations of WCAG 2.0/2.1 A and AA on each page a browser test visits. {@link Browser} collects them and fails
 * the test when it closes.
 */
final class Accessibility {

    private static final String SCRIPT = load();
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                    resultTypes: ['violations']})
              .then(function (result) {
                done(result.violations
                  .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                  .map(function (v) {
                    return v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 3)
                      .map(function (n) { return n.target.join(' '); }).join(' | ');
                  }));
              })
              .catch(function (e) { done(['axe failed: ' + e]); });
            """;

    /** Violations by page (path without query), in the order found. */
    private final Map<String, List<String>> found = new LinkedHashMap<>();

    private static String load() {
        Path script = Path.of(System.getProperty("lms.axe.script", "../lms-web/frontend/node_modules/axe-core/axe.min.js"));
        try {
            return Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("axe-core not found at " + script.toAbsolutePath()
                    + " (the lms-web build installs it with npm ci)", e);
        }
    }

    /** Audits the page the driver shows now, if it is one of the application's pages. */
    @SuppressWarnings("unchecked")
    void audit(WebDriver driver) {
        String url;
        try {
            url = driver.getCurrentUrl();
            Object ready = ((JavascriptExecutor) driver).executeScript("return document.contentType");
            if (url == null || !url.startsWith("http://127.0.0.1") || !"text/html".equals(ready)) {
                return;
            }
            JavascriptExecutor page = (JavascriptExecutor) driver;
            page.executeScript(SCRIPT);
            List<String> violations = (List<String>) page.executeAsyncScript(RUN);
            if (!violations.isEmpty()) {
                found.computeIfAbsent(url.replaceAll("[?#].*", "").replaceAll("^http://[^/]+", ""), k -> new ArrayList<>())
                        .addAll(violations.stream().filter(v -> !found.getOrDefault(url, List.of()).contains(v)).toList());
            }
        } catch (WebDriverException e) {
            // the page went away while it was audited (a redirect): the next page is audited instead
        }
    }

    /** Every violation found, one line per page and rule; empty when the pages passed. */
    List<String> report() {
        List<String> lines = new ArrayList<>();
        found.forEach((page, violations) -> violations.stream().distinct().forEach(v -> lines.add(page + ": " + v)));
        return lines;
    }
}
