package org.yagura.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.yagura.shared.test.Browser;
import org.yagura.shared.test.RequiresChrome;
import org.yagura.shared.test.RunningYagura;

/**
 * In English: a team lead adds a local type to the RSIT taxonomy; a handler enters two reports received
 * by phone (one suggested as the new type), sees them in the triage queue with the similar-report hint,
 * and triages both at once as one forwarded case; then checks one report's page.
 */
@ExtendWith(RequiresChrome.class)
class ReportTriageBrowserTests {

    private static final String PASSWORD = "Triage-Watchtower-Lantern-3";

    @RegisterExtension
    static RunningYagura yagura = new RunningYagura(Map.of("YAGURA_ADMIN_PASSWORD", PASSWORD));

    @Test
    void handlerEntersReportsAndTriagesThemTogether(TestInfo test) throws Exception {
        try (Browser browser = Browser.open(test, "en")) {
            browser.step("signed-in", () -> {
                browser.go(yagura.url("/login"));
                browser.type(By.id("username"), "admin");
                browser.type(By.id("password"), PASSWORD);
                browser.find(By.id("login-submit")).click();
                browser.waitForPath("/");
            });
            browser.step("local-type-added", () -> {
                browser.go(yagura.url("/admin/taxonomy"));
                assertThat(browser.waitFor(By.id("taxonomy")).getText()).contains("Phishing", "Malicious Code");
                new Select(browser.find(By.id("type-classKey"))).selectByValue("fraud");
                browser.type(By.id("type-key"), "invoice-fraud");
                browser.type(By.id("type-labelEn"), "Invoice fraud");
                browser.type(By.id("type-labelJa"), "請求書詐欺");
                WebElement add = browser.find(By.id("add-type-submit"));
                browser.find(By.id("type-labelJa")).sendKeys(Keys.ENTER);
                browser.waitForReload(add);
                assertThat(browser.find(By.id("taxonomy")).getText()).contains("Invoice fraud");
            });
            String first = enterReport(browser, "first-report", "Phishing mail impersonating our bank", "fraud/phishing");
            String second = enterReport(browser, "second-report", "Phishing mail impersonating our bank", "fraud/invoice-fraud");
            browser.step("similar-shown", () -> {
                assertThat(browser.find(By.id("similar")).getText()).contains(first);
            });
            browser.step("queue", () -> {
                browser.go(yagura.url("/reports"));
                String queue = browser.waitFor(By.id("reports")).getText();
                assertThat(queue).contains(first, second, "Phishing mail impersonating our bank");
            });
            browser.step("triaged-together", () -> {
                for (String key : List.of(first, second)) {
                    browser.find(By.cssSelector("input[name=keys][value='" + key + "']")).click();
                }
                new Select(browser.find(By.id("decision"))).selectByValue("FORWARDED");
                new Select(browser.find(By.id("classification"))).selectByValue("fraud/phishing");
                browser.type(By.id("forwardedTo"), "JPCERT/CC");
                WebElement submit = browser.find(By.id("triage-submit"));
                submit.click();
                browser.waitForReload(submit);
                assertThat(browser.find(By.id("flash")).getText()).contains("triaged");
                assertThat(browser.find(By.id("reports")).getText()).doesNotContain(first);
            });
            browser.step("report-after-triage", () -> {
                browser.go(yagura.url("/reports/" + first));
                assertThat(browser.find(By.id("report-status")).getText()).isEqualTo("Forwarded to another team");
                assertThat(browser.find(By.id("report-facts")).getText()).contains("JPCERT/CC", "fraud / phishing");
            });
        }
    }

    private String enterReport(Browser browser, String step, String summary, String suggestion) throws Exception {
        String[] key = new String[1];
        browser.step(step, () -> {
            browser.go(yagura.url("/reports/new"));
            browser.type(By.id("reporter"), "Phone: Sato, general affairs");
            browser.type(By.id("summary"), summary);
            browser.type(By.id("body"), "Several employees received a mail asking them to log in at hxxp://bank-example[.]test/login.");
            new Select(browser.find(By.id("tlp"))).selectByValue("GREEN");
            new Select(browser.find(By.id("suggestion"))).selectByValue(suggestion);
            browser.find(By.id("save-report")).click();
            browser.waitForPathMatching("/reports/RPT-\\d{4}-\\d{5}");
            assertThat(browser.find(By.id("flash")).getText()).contains("waiting for triage");
            key[0] = browser.driver().getCurrentUrl().replaceAll(".*/reports/", "");
        });
        return key[0];
    }
}
