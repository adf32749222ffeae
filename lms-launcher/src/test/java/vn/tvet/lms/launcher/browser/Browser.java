package vn.tvet.lms.launcher.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium driven headless through Debian's chromedriver; Selenium Manager never downloads anything. */
public final class Browser implements AutoCloseable {

    /** Selenium warns at every start that Debian's Chromium is newer than its CDP bindings; we use none of CDP. */
    private static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    static {
        CDP_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path profile;
    private final Accessibility accessibility = new Accessibility();

    public Browser() {
        try {
            profile = Files.createTempDirectory("lms-chromium");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--autoplay-policy=no-user-gesture-required", "--window-size=1280,1000", "--lang=vi", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        // While a page reloads, Chromium may answer for an element of the old document with an inspector
        // error instead of a stale-element error; both mean "not yet", so every wait polls on.
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(WebDriverException.class);
        // A failed wait says where the browser was and what the page said, which is most of a diagnosis.
        wait.withMessage(() -> {
            try {
                String text = driver.findElement(org.openqa.selenium.By.tagName("body")).getText();
                return "at " + driver.getCurrentUrl() + ", page text: " + text.substring(0, Math.min(text.length(), 1500));
            } catch (WebDriverException e) {
                return "page unreadable: " + e.getMessage();
            }
        });
    }

    /** Limits how fast the page may send, so a test can act while an upload is under way. */
    public void throttleUploads(int bytesPerSecond) {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setUploadThroughput(bytesPerSecond);
        driver.setNetworkConditions(conditions);
    }

    /** Cuts the page off the network, as a dropped Wi-Fi connection would. */
    public void goOffline() {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(true);
        driver.setNetworkConditions(conditions);
    }

    /** Back online with no limits. */
    public void goOnline() {
        driver.deleteNetworkConditions();
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
        accessibility.audit(driver);
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Clicks the element, finding it again if an AJAX update replaced it between finding and clicking (a
     * stale element is never clicked, so retrying cannot click twice).
     */
    public void click(By by) {
        wait.until(driver -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(driver);
            if (element == null) {
                return false;
            }
            // to the middle of the window first, as a person would: the sticky message area covers the top
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            element.click();
            return true;
        });
    }

    /** Clicks a button that submits the whole page and waits until the old page is gone. */
    public void clickAndAwaitReload(By by) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        wait.until(driver -> {
            try {
                button.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                // Chromium reports an element of the replaced document either as stale or as an inspector error.
                return true;
            }
        });
        wait.until(driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
        accessibility.audit(driver);
    }

    /** Audits the page as it is now, after AJAX changed it (opening a dialog, a preview, a review). */
    public void auditAccessibility() {
        accessibility.audit(driver);
    }

    public void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Types into an autocomplete and picks the suggestion showing the label. A suggestion list that has not shown
     * it after a few seconds is asked again by typing once more, as a person would: on a loaded machine a query
     * answered for a half-typed word can arrive last.
     */
    public void pickSuggestion(By input, String typed, String label) {
        By item = By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., '" + label + "')]");
        for (int attempt = 1; ; attempt++) {
            type(input, typed);
            try {
                new WebDriverWait(driver, Duration.ofSeconds(6)).ignoring(WebDriverException.class)
                        .until(ExpectedConditions.elementToBeClickable(item));
                break;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
        click(item);
    }

    public String text(By by) {
        return find(by).getText();
    }

    /** Waits until the element shows the text, for content that PrimeFaces AJAX updates in place. */
    public void awaitText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Waits until the condition holds, polling through reloads like every wait here. */
    public void await(java.util.function.Function<WebDriver, Boolean> condition) {
        wait.until(condition::apply);
    }

    /** Waits until PrimeFaces has no AJAX request queued or running, for updates that change nothing visible first. */
    public void awaitAjax() {
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0));")));
    }

    public void awaitUrlContains(String part) {
        wait.until(ExpectedConditions.urlContains(part));
    }

    /** Makes the window the size of a common phone screen (390 × 844 CSS pixels). */
    public void phoneSized() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    }

    /** How many CSS pixels the page is wider than the window: 0 when nothing makes the reader scroll sideways. */
    public long overflowsSideways() {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);")).longValue();
    }

    /** Whether the element is at least partly inside the window as it is scrolled now. */
    public boolean inView(By by) {
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver()).executeScript(
                "const r = arguments[0].getBoundingClientRect();"
                        + " return r.height > 0 && r.bottom > 0 && r.top < window.innerHeight;", find(by)));
    }

    /** How far down the page the window is scrolled, in CSS pixels. */
    public long scrolledBy() {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) driver()).executeScript("return window.scrollY;"))
                .longValue();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Chooses an option of a drop-down list by its visible label. */
    public void choose(String selectId, String label) {
        new Select(find(By.id(selectId))).selectByVisibleText(label);
    }

    /**
     * Quits the browser; fails when a page it visited had serious or critical WCAG 2.1 AA violations (set
     * {@code lms.axe.report-only=true} to list them without failing).
     */
    @Override
    public void close() {
        List<String> violations = accessibility.report();
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temp profile is harmless; the driver is already gone.
        }
        if (!violations.isEmpty()) {
            String report = "Accessibility (axe-core, WCAG 2.1 AA, serious or critical):\n  " + String.join("\n  ", violations);
            if (Boolean.getBoolean("lms.axe.report-only")) {
                System.out.println(report);
            } else {
                throw new AssertionError(report);
            }
        }
    }
}
