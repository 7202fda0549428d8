package org.yagura.artifacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yagura.shared.test.Browser;
import org.yagura.shared.test.RequiresChrome;
import org.yagura.shared.test.RunningYagura;

/**
 * In English: an analyst writes a YARA rule in the browser (first with a mistake, shown with its line),
 * saves it enabled, attaches a file to a report, and finds the rule's match on the artifact's page.
 */
@ExtendWith({RequiresChrome.class, RequiresYara.class})
class YaraRulesBrowserTests {

    private static final String PASSWORD = "Yara-Watchtower-Lantern-3";
    private static final String MARKER = "EVIL-LOADER-7c1d";

    @RegisterExtension
    static RunningYagura yagura = new RunningYagura(Map.of("YAGURA_ADMIN_PASSWORD", PASSWORD));

    @TempDir
    Path files;

    /** Clicks an element after scrolling it to the middle of the window (the form is taller than the window). */
    private static void click(Browser browser, By by) {
        var element = browser.find(by);
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    @Test
    void analystWritesARuleAndSeesItMatchAnUploadedFile(TestInfo test) throws Exception {
        Path sample = Files.write(files.resolve("invoice.doc"),
                ("Dear customer\n" + MARKER + "\nregards\n").getBytes(StandardCharsets.US_ASCII));
        try (Browser browser = Browser.open(test, "en")) {
            browser.step("signed-in", () -> {
                browser.go(yagura.url("/login"));
                browser.type(By.id("username"), "admin");
                browser.type(By.id("password"), PASSWORD);
                browser.find(By.id("login-submit")).click();
                browser.waitForPath("/");
            });
            browser.step("rule-with-error", () -> {
                browser.go(yagura.url("/yara"));
                browser.find(By.id("new-rule-set")).click();
                browser.waitForPath("/yara/new");
                browser.type(By.id("name"), "Invoice loaders");
                browser.type(By.id("tags"), "phishing, loader");
                browser.type(By.id("source"), "rule Invoice_Loader : loader\n{\n  strings:\n    $m = \"" + MARKER
                        + "\"\n  condition:\n    $m and $missing\n}\n");
                click(browser, By.id("save-rule-set"));
                String errors = browser.waitFor(By.id("rule-errors")).getText();
                assertThat(errors).contains("Line 7:").contains("$missing");
            });
            browser.step("rule-saved", () -> {
                browser.type(By.id("source"), "rule Invoice_Loader : loader\n{\n  strings:\n    $m = \"" + MARKER
                        + "\"\n  condition:\n    $m\n}\n");
                click(browser, By.id("save-rule-set"));
                browser.waitForPathMatching("/yara/YR-\\d{4}-\\d{4}");
                assertThat(browser.waitFor(By.id("rule-set-state")).getText()).isEqualTo("Enabled");
                assertThat(browser.find(By.id("rule-names")).getText()).contains("Invoice_Loader");
            });
            browser.step("file-uploaded", () -> {
                browser.go(yagura.url("/reports/new"));
                browser.type(By.id("reporter"), "Mail: accounting@example.jp");
                browser.type(By.id("summary"), "Invoice attachment");
                new Select(browser.find(By.id("tlp"))).selectByValue("AMBER");
                browser.find(By.id("save-report")).click();
                browser.waitForPathMatching("/reports/RPT-\\d{4}-\\d{5}");
                browser.waitFor(By.id("artifacts-none"));
                browser.find(By.id("artifact-files")).sendKeys(sample.toAbsolutePath().toString());
                new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                        .withMessage("the upload did not appear in the report's artifact list")
                        .until(d -> d.findElement(By.id("artifact-list")).getText().contains("invoice.doc"));
            });
            browser.step("match-on-artifact-page", () -> {
                browser.settle();
                var link = browser.find(By.cssSelector("#artifact-list a"));
                ((JavascriptExecutor) browser.driver()).executeScript(
                        "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", link);
                link.click();
                browser.waitForPathMatching("/artifacts/ART-\\d{4}-\\d{5}");
                new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                        .withMessage("the YARA match did not appear on the artifact page")
                        .until(d -> d.findElement(By.id("yara-panel")).getText().contains("Invoice_Loader"));
                String panel = browser.find(By.id("yara-panel")).getText();
                assertThat(panel).contains("loader").contains("0xe").contains(MARKER);
                ((JavascriptExecutor) browser.driver()).executeScript(
                        "document.getElementById('yara-panel').scrollIntoView({block: 'center', behavior: 'instant'})");
            });
            browser.step("retro-hunt", () -> {
                browser.find(By.cssSelector("#yara-panel a[href^='/yara/YR-']")).click();
                browser.waitForPathMatching("/yara/YR-\\d{4}-\\d{4}");
                click(browser, By.id("hunt-rule-set"));
                browser.waitForPathMatching("/yara/hunts/HUNT-\\d{4}-\\d{4}");
                new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                        .withMessage("the retro-hunt did not finish on its page")
                        .until(d -> "DONE".equals(d.findElement(By.id("hunt-status")).getDomAttribute("data-status")));
                assertThat(browser.find(By.id("hunt-done")).getText()).isEqualTo("1 / 1");
                assertThat(browser.find(By.id("hunt-matches")).getText()).isEqualTo("1");
            });
        }
    }
}
