package org.yagura.artifacts;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yagura.shared.test.Browser;
import org.yagura.shared.test.RequiresChrome;
import org.yagura.shared.test.RunningYagura;

/**
 * In English: a handler enters a report, attaches a suspicious file to it from the report page, watches
 * the analysis appear without reloading, opens the artifact and meets the warning before the download.
 */
@ExtendWith(RequiresChrome.class)
class ArtifactUploadBrowserTests {

    private static final String PASSWORD = "Artifact-Watchtower-Lantern-5";

    @RegisterExtension
    static RunningYagura yagura = new RunningYagura(Map.of("YAGURA_ADMIN_PASSWORD", PASSWORD));

    @TempDir
    Path files;

    @Test
    void handlerUploadsAFileToAReportAndSeesItsAnalysis(TestInfo test) throws Exception {
        Path sample = files.resolve("invoice.pdf");
        Files.write(sample, ("MZ\u0090\u0000 This program cannot be run in DOS mode. " + "padding ".repeat(400)).getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1));
        try (Browser browser = Browser.open(test, "en")) {
            browser.step("signed-in", () -> {
                browser.go(yagura.url("/login"));
                browser.type(By.id("username"), "admin");
                browser.type(By.id("password"), PASSWORD);
                browser.find(By.id("login-submit")).click();
                browser.waitForPath("/");
            });
            browser.step("report-entered", () -> {
                browser.go(yagura.url("/reports/new"));
                browser.type(By.id("reporter"), "Mail: accounting@example.jp");
                browser.type(By.id("summary"), "Invoice attachment that looks like a program");
                new Select(browser.find(By.id("tlp"))).selectByValue("AMBER");
                browser.find(By.id("save-report")).click();
                browser.waitForPathMatching("/reports/RPT-\\d{4}-\\d{5}");
                assertThat(browser.waitFor(By.id("artifacts-none")).getText()).contains("No files attached yet");
            });
            browser.step("file-uploaded", () -> {
                browser.find(By.id("artifact-files")).sendKeys(sample.toAbsolutePath().toString());
                // the list is swapped in by htmx and refreshed while the analysis runs: read it afresh each time
                new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .withMessage("the upload did not appear in the report's artifact list")
                        .until(d -> d.findElement(By.id("artifact-list")).getText().contains("invoice.pdf"));
            });
            browser.step("analysis-shown", () -> {
                new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .withMessage("the analysis did not appear in the report's artifact list")
                        .until(d -> d.findElement(By.id("artifact-list")).getText().contains("Analysed"));
            });
            browser.step("artifact-page", () -> {
                browser.settle();
                var link = browser.find(By.cssSelector("#artifact-list a"));
                ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                        "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", link);
                link.click();
                browser.waitForPathMatching("/artifacts/ART-\\d{4}-\\d{5}");
                assertThat(browser.waitFor(By.id("analysis-status")).getText()).isEqualTo("Analysed");
                assertThat(browser.find(By.id("mime-type")).getText()).isEqualTo("application/x-msdownload");
                assertThat(browser.find(By.id("extension-mismatch")).getText()).contains("does not match");
            });
            browser.step("download-warning", () -> {
                browser.find(By.id("download")).click();
                browser.waitForPathMatching("/artifacts/ART-\\d{4}-\\d{5}/download");
                assertThat(browser.waitFor(By.id("download-warning")).getText()).contains("This file may be malicious");
                assertThat(browser.find(By.id("zip-password")).getText()).isEqualTo("infected");
                assertThat(browser.find(By.id("download-confirm")).getDomAttribute("href")).endsWith("/download.zip?acknowledged=true");
            });
        }
    }
}
