package org.yagura.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.yagura.shared.test.Browser;
import org.yagura.shared.test.RequiresChrome;
import org.yagura.shared.test.RunningYagura;

/**
 * In English: two reports of the same phishing wave arrive; the handler triages the first as a new
 * incident, attaches the second to that incident, and finds both reports and the whole story in the
 * incident's journal, where a note is added.
 */
@ExtendWith(RequiresChrome.class)
class IncidentMergeBrowserTests {

    private static final String PASSWORD = "Merge-Watchtower-Lantern-5";

    @RegisterExtension
    static RunningYagura yagura = new RunningYagura(Map.of("YAGURA_ADMIN_PASSWORD", PASSWORD));

    @Test
    void twoReportsBecomeOneIncident(TestInfo test) throws Exception {
        try (Browser browser = Browser.open(test, "en")) {
            browser.step("signed-in", () -> {
                browser.go(yagura.url("/login"));
                browser.type(By.id("username"), "admin");
                browser.type(By.id("password"), PASSWORD);
                browser.find(By.id("login-submit")).click();
                browser.waitForPath("/");
            });
            String first = enterReport(browser, "first-report", "Phone: Sato, general affairs", "Mail asking staff to log in at a fake bank site");
            String second = enterReport(browser, "second-report", "Mail: it-helpdesk@example.jp", "Same fake bank mail reached the sales team");
            String[] incident = new String[1];
            browser.step("first-opened-as-incident", () -> {
                browser.go(yagura.url("/reports/" + first));
                new Select(browser.find(By.id("decision"))).selectByValue("OPEN_INCIDENT");
                new Select(browser.find(By.id("classification"))).selectByValue("fraud/phishing");
                browser.type(By.id("reason"), "Phishing wave against our staff");
                WebElement submit = browser.find(By.id("triage-submit"));
                submit.click();
                browser.waitForReload(submit);
                assertThat(browser.find(By.id("report-status")).getText()).isEqualTo("Open a new incident");
                incident[0] = browser.find(By.id("report-incident")).getText();
                assertThat(incident[0]).matches("IR-\\d{4}-\\d{4}");
            });
            browser.step("second-attached", () -> {
                browser.go(yagura.url("/reports/" + second));
                new Select(browser.find(By.id("decision"))).selectByValue("ATTACH_TO_INCIDENT");
                browser.type(By.id("incidentKey"), incident[0]);
                WebElement submit = browser.find(By.id("triage-submit"));
                submit.click();
                browser.waitForReload(submit);
                assertThat(browser.find(By.id("report-status")).getText()).isEqualTo("Attach to an existing incident");
                assertThat(browser.find(By.id("report-incident")).getText()).isEqualTo(incident[0]);
            });
            browser.step("incident-shows-both-reports", () -> {
                browser.find(By.id("report-incident")).click();
                browser.waitForPath("/incidents/" + incident[0]);
                assertThat(browser.find(By.id("incident-title")).getText()).isEqualTo("Mail asking staff to log in at a fake bank site");
                assertThat(browser.find(By.id("incident-reports")).getText()).contains(first, second);
                String journal = browser.find(By.id("journal")).getText();
                assertThat(journal).contains("report " + first + " attached", "report " + second + " attached", "opened:");
                new Actions(browser.driver()).scrollToElement(browser.find(By.id("journal"))).perform();
            });
            browser.step("note-added-to-journal", () -> {
                browser.type(By.id("journal-body"), "Asked the bank's CSIRT to **take down** the site.");
                WebElement form = browser.find(By.id("journal-form"));
                form.submit();
                browser.waitForReload(form);
                assertThat(browser.find(By.id("flash")).getText()).contains("added to the journal");
                WebElement note = browser.find(By.cssSelector("#journal strong"));
                assertThat(note.getText()).isEqualTo("take down");
                new Actions(browser.driver()).scrollToElement(note).perform();
            });
        }
    }

    private String enterReport(Browser browser, String step, String reporter, String summary) throws Exception {
        String[] key = new String[1];
        browser.step(step, () -> {
            browser.go(yagura.url("/reports/new"));
            browser.type(By.id("reporter"), reporter);
            browser.type(By.id("summary"), summary);
            browser.type(By.id("body"), "The mail links to hxxp://bank-example[.]test/login.");
            new Select(browser.find(By.id("tlp"))).selectByValue("AMBER");
            browser.find(By.id("save-report")).click();
            browser.waitForPathMatching("/reports/RPT-\\d{4}-\\d{5}");
            key[0] = browser.driver().getCurrentUrl().replaceAll(".*/reports/", "");
        });
        return key[0];
    }
}
