package org.yagura.shared.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by chromedriver, with a fresh profile and a chosen language
 * ({@code ja} or {@code en}, sent as Accept-Language). Every {@link #step} ends with a screenshot in
 * {@code target/screenshots/<test>/<nn>-<step>.png}; a failing step leaves {@code <nn>-<step>-failed.png}.
 */
public final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final System.Logger LOG = System.getLogger(Browser.class.getName());

    private final WebDriver driver;
    private final Path profile;
    private final Path screenshots;
    private final WebDriverWait wait;
    private int shots;

    private Browser(WebDriver driver, Path profile, Path screenshots) {
        this.driver = driver;
        this.profile = profile;
        this.screenshots = screenshots;
        this.wait = new WebDriverWait(driver, WAIT);
    }

    /** Opens a browser for the test described by {@code test}, preferring {@code language}. */
    public static Browser open(TestInfo test, String language) {
        String name = test.getTestClass().map(Class::getSimpleName).orElse("test")
                + test.getTestMethod().map(m -> "-" + m.getName()).orElse("");
        return open(name, language);
    }

    public static Browser open(String testName, String language) {
        RequiresChrome.check();
        try {
            Path profile = Files.createTempDirectory("yagura-chrome-");
            Path screenshots = Path.of("target", "screenshots", testName);
            Files.createDirectories(screenshots);
            ChromeOptions options = new ChromeOptions();
            options.setBinary(RequiresChrome.CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1366,900",
                    "--user-data-dir=" + profile, "--lang=" + language, "--accept-lang=" + language);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(RequiresChrome.CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile, screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String url) {
        driver.get(url);
        settle();
    }

    /**
     * Waits (a few seconds at most) until the page has loaded and its htmx fragments ({@code hx-trigger="load"})
     * have been swapped in, so that the layout no longer moves under a click.
     */
    public void settle() {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(8)).ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                            "return document.readyState === 'complete'"
                                    + " && document.querySelectorAll('[hx-trigger=\"load\"], .htmx-request, .htmx-settling, .htmx-swapping').length === 0")));
        } catch (org.openqa.selenium.TimeoutException e) {
            // a fragment that failed to load stays in place: the test goes on and fails on what it misses
        }
    }

    /** The path of the current URL, e.g. {@code /account/password}. */
    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** The {@code lang} attribute of the page's {@code <html>} element. */
    public String htmlLang() {
        return driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    /** Waits until an element matching {@code by} is visible and returns it. */
    public WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the URL's path is exactly {@code path}. */
    public void waitForPath(String path) {
        new WebDriverWait(driver, WAIT)
                .withMessage(() -> "expected path " + path + " but was " + driver.getCurrentUrl())
                .until(d -> path.equals(path()));
        settle();
    }

    /** Waits until the URL's path matches {@code regex}. */
    public void waitForPathMatching(String regex) {
        new WebDriverWait(driver, WAIT)
                .withMessage(() -> "expected a path matching " + regex + " but was " + driver.getCurrentUrl())
                .until(d -> path().matches(regex));
        settle();
    }

    /** Waits until {@code element} has left the page, i.e. the page was replaced after a click. */
    public void waitForReload(WebElement element) {
        wait.until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                // Chrome reports a node of a replaced document this way while the new page loads
                return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
            }
        });
        settle();
    }

    /** Replaces the content of the field {@code by} with {@code text}. */
    public void type(By by, String text) {
        WebElement field = driver.findElement(by);
        field.clear();
        field.sendKeys(text);
    }

    /** Accepts the JavaScript confirm dialog that is open or about to open. */
    public void acceptConfirm() {
        wait.until(ExpectedConditions.alertIsPresent()).accept();
    }

    /** Runs one step of a flow and takes a screenshot after it (also when it fails). */
    public void step(String name, Step body) throws Exception {
        try {
            body.run();
        } catch (Exception | AssertionError e) {
            screenshot(name + "-failed");
            throw e;
        }
        screenshot(name);
    }

    /** Saves a screenshot of the window as {@code <nn>-<step>.png} and returns its path. */
    public Path screenshot(String step) {
        shots++;
        String file = String.format("%02d-%s.png", shots, step.replaceAll("[^A-Za-z0-9._-]", "_"));
        Path target = screenshots.resolve(file);
        try {
            Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.move(png, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            // a screenshot is evidence, not the test: an open alert, for one, prevents it
            LOG.log(System.Logger.Level.WARNING, "Screenshot " + target + " not taken: " + e);
        }
        return target;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> paths = Files.walk(profile)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }

    /** A step of a browser flow. */
    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }
}
