package org.yagura.artifacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.yagura.shared.test.Browser;
import org.yagura.shared.test.RequiresChrome;
import org.yagura.shared.test.RunningYagura;

/**
 * In Japanese: a handler records a physical evidence item (a visitor log) on a report, hands it over to a
 * colleague, who confirms the transfer with their own sign-in; the chain of custody shows both steps and
 * the custody report downloads as a PDF.
 */
@ExtendWith(RequiresChrome.class)
class EvidenceCustodyBrowserTests {

    private static final String PASSWORD = "Custody-Watchtower-Lantern-7";
    private static final String COLLEAGUE_PASSWORD = "Custody-Colleague-Lantern-8";
    private static final String TOKEN = "ygr_custody_browser_test_0123456789abcdefghij";

    @RegisterExtension
    static RunningYagura yagura = new RunningYagura(Map.of("YAGURA_ADMIN_PASSWORD", PASSWORD, "YAGURA_BOOTSTRAP_TOKEN", TOKEN));

    @Test
    void anItemChangesHandsOnlyWhenTheReceiverConfirms(TestInfo test) throws Exception {
        createColleague();
        String[] evidence = new String[1];
        try (Browser browser = Browser.open(test, "ja")) {
            browser.step("signed-in", () -> signIn(browser, "admin", PASSWORD));
            browser.step("report-entered", () -> {
                browser.go(yagura.url("/reports/new"));
                browser.type(By.id("reporter"), "受付: 総務部");
                browser.type(By.id("summary"), "来訪者記録に不審な入館");
                new Select(browser.find(By.id("tlp"))).selectByValue("GREEN");
                browser.find(By.id("save-report")).click();
                browser.waitForPathMatching("/reports/RPT-\\d{4}-\\d{5}");
            });
            browser.step("evidence-recorded", () -> {
                String report = browser.path().substring("/reports/".length());
                browser.go(yagura.url("/evidence/new"));
                browser.type(By.id("recordKey"), report);
                new Select(browser.find(By.id("type"))).selectByValue("DOCUMENT");
                browser.type(By.id("description"), "来訪者記録簿 2026年11月分");
                browser.type(By.id("acquiredBy"), "佐藤");
                ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                        "document.getElementById('acquiredAt').value = '2026-11-24T09:30'");
                browser.type(By.id("storageLocation"), "金庫 3");
                new Select(browser.find(By.id("tlp"))).selectByValue("GREEN");
                browser.find(By.id("legalHold")).click();
                browser.find(By.id("save-evidence")).click();
                browser.waitForPathMatching("/evidence/EVD-\\d{4}-\\d{5}");
                evidence[0] = browser.path().substring("/evidence/".length());
                assertThat(browser.find(By.tagName("main")).getText()).contains("来訪者記録簿");
                assertThat(browser.find(By.id("evidence-facts")).getText()).contains("紙の文書", "佐藤", "金庫 3", "訴訟ホールド はい");
            });
            browser.step("transfer-requested", () -> {
                browser.type(By.id("transfer-to"), "kenji");
                browser.type(By.id("transfer-purpose"), "弁護士への提出準備");
                browser.find(By.id("transfer-submit")).click();
                browser.waitForPath("/evidence/" + evidence[0]);
                assertThat(browser.waitFor(By.id("pending-transfer")).getText()).contains("kenji");
                assertThat(browser.find(By.id("custodian")).getText()).contains("admin");
            });
            browser.step("signed-out", () -> {
                browser.go(yagura.url("/"));
                browser.waitFor(By.id("user-menu")).click();
                browser.waitFor(By.id("logout")).click();
                browser.waitForPath("/login");
            });
            browser.step("receiver-signed-in", () -> signIn(browser, "kenji", COLLEAGUE_PASSWORD));
            browser.step("transfer-confirmed", () -> {
                browser.go(yagura.url("/evidence/" + evidence[0]));
                browser.waitFor(By.id("confirm-transfer")).click();
                browser.waitForPath("/evidence/" + evidence[0]);
                assertThat(browser.waitFor(By.id("custodian")).getText()).contains("kenji");
                assertThat(browser.find(By.id("custody")).getText()).contains("弁護士への提出準備", "admin", "kenji");
                assertThat(browser.driver().findElements(By.id("confirm-transfer"))).isEmpty();
            });
            browser.step("report-pdf", () -> {
                String href = browser.find(By.id("custody-report-pdf")).getDomAttribute("href");
                assertThat(href).isEqualTo("/evidence/" + evidence[0] + "/custody.pdf");
                HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(yagura.url(
                                "/api/v1/evidence/" + evidence[0] + "/custody-report")))
                        .header("Authorization", "Bearer " + TOKEN).header("Accept-Language", "ja").build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertThat(pdf.statusCode()).isEqualTo(200);
                assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
                assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            });
        }
    }

    private static void createColleague() throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(yagura.url("/api/v1/users")))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"username":"kenji","displayName":"鈴木 健二","role":"INCIDENT_HANDLER","password":"%s"}"""
                        .formatted(COLLEAGUE_PASSWORD)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    /** Signs in; a password an administrator set must be changed first, and is changed to itself plus a suffix. */
    private static void signIn(Browser browser, String username, String password) {
        browser.go(yagura.url("/login"));
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), password);
        browser.find(By.id("login-submit")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> !browser.path().equals("/login"));
        if (!browser.driver().findElements(By.id("new-password")).isEmpty()) {
            browser.type(By.id("current-password"), password);
            browser.type(By.id("new-password"), password + "-Renewed");
            browser.type(By.id("confirm-password"), password + "-Renewed");
            browser.find(By.id("change-password-submit")).click();
            browser.waitFor(By.id("user-menu"));
        }
        browser.waitFor(By.id("user-menu"));
    }
}
