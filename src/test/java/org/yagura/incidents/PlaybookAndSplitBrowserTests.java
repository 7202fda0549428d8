package org.yagura.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.yagura.shared.test.Browser;
import org.yagura.shared.test.RequiresChrome;
import org.yagura.shared.test.RunningYagura;

/**
 * In English: a team lead adds a step (with a description and a due offset) to the shipped phishing playbook,
 * puts it first, and applies the playbook to a new incident; a handler splits part of an incident out into a
 * new one, and both incidents tell the story.
 */
@ExtendWith(RequiresChrome.class)
class PlaybookAndSplitBrowserTests {

    private static final String PASSWORD = "Split-Watchtower-Lantern-3";
    private static final String TOKEN = "ygr_browser_bootstrap_token_0123456789abcdef";
    private static final String LEAD_PASSWORD = "Lead-Watchtower-Lantern-8";
    private static final String NEW_STEP = "Report the site to the browser safe-browsing lists";

    @RegisterExtension
    static RunningYagura yagura = new RunningYagura(Map.of("YAGURA_ADMIN_PASSWORD", PASSWORD, "YAGURA_BOOTSTRAP_TOKEN", TOKEN));

    @Test
    void aTeamLeadEditsThePhishingPlaybookAndAppliesIt(TestInfo test) throws Exception {
        createTeamLead("lead-kenji");
        try (Browser browser = Browser.open(test, "en")) {
            signIn(browser, "lead-kenji", LEAD_PASSWORD);
            browser.step("playbook-list", () -> {
                browser.go(yagura.url("/incidents/playbooks"));
                assertThat(browser.find(By.id("playbooks")).getText()).contains("Phishing", "Malware infection", "DDoS");
                assertThat(browser.find(By.id("new-playbook")).isDisplayed()).isTrue();
                browser.find(By.cssSelector("#playbook-row-phishing a")).click();
                browser.waitForPath("/incidents/playbooks/phishing");
            });
            browser.step("step-added-first", () -> {
                browser.type(By.id("step-6-order"), "0");
                new Select(browser.find(By.id("step-6-kind"))).selectByValue("CONTAINMENT");
                browser.type(By.id("step-6-title-en"), NEW_STEP);
                browser.type(By.id("step-6-title-ja"), "ブラウザーの危険サイト一覧に通報する");
                browser.type(By.id("step-6-description-en"), "Use the **report phishing** forms.");
                browser.type(By.id("step-6-description-ja"), "**フィッシング報告**フォームを使う。");
                browser.type(By.id("step-6-due-days"), "2");
                browser.find(By.id("step-4-remove")).click();
                WebElement save = browser.find(By.id("playbook-save"));
                click(browser, save);
                browser.waitForReload(save);
                assertThat(browser.find(By.id("flash")).getText()).isEqualTo("The playbook has been saved.");
                assertThat(browser.find(By.id("step-0-title-en")).getDomProperty("value")).isEqualTo(NEW_STEP);
                assertThat(browser.find(By.id("step-0-due-days")).getDomProperty("value")).isEqualTo("2");
                assertThat(browser.find(By.id("playbook-meta")).getText()).contains("lead-kenji");
            });
            String[] key = new String[1];
            browser.step("incident-opened", () -> {
                browser.go(yagura.url("/incidents/new"));
                browser.type(By.id("title"), "Fake webmail login page sent to staff");
                new Select(browser.find(By.id("classification"))).selectByValue("fraud/phishing");
                click(browser, browser.find(By.id("save-incident")));
                browser.waitForPathMatching("/incidents/IR-\\d{4}-\\d{4}");
                key[0] = browser.path().replaceAll(".*/incidents/", "");
            });
            browser.step("playbook-applied", () -> {
                Select playbook = new Select(browser.find(By.id("playbook")));
                assertThat(playbook.getFirstSelectedOption().getText()).isEqualTo("Phishing (6)");
                WebElement apply = browser.find(By.id("playbook-submit"));
                click(browser, apply);
                browser.waitForReload(apply);
                assertThat(browser.find(By.id("flash")).getText()).isEqualTo("The playbook's tasks have been added.");
                List<WebElement> rows = browser.driver().findElements(By.cssSelector("#incident-tasks tbody tr, #incident-tasks > tr"));
                String tasks = browser.find(By.id("incident-tasks")).getText();
                assertThat(tasks).contains(NEW_STEP, LocalDate.now().plusDays(2).toString())
                        .doesNotContain("Request takedown of the phishing site");
                assertThat(browser.find(By.cssSelector("#incident-tasks strong")).getText()).isEqualTo("report phishing");
                assertThat(rows).isNotEmpty();
                show(browser, By.id("incident-tasks"));
            });
        }
    }

    @Test
    void aHandlerSplitsPartOfAnIncidentOutIntoANewOne(TestInfo test) throws Exception {
        try (Browser browser = Browser.open(test, "en")) {
            signIn(browser, "admin", PASSWORD);
            String[] key = new String[1];
            browser.step("incident-with-two-threads", () -> {
                browser.go(yagura.url("/incidents/new"));
                browser.type(By.id("title"), "Suspicious logins and a phishing mail");
                new Select(browser.find(By.id("classification"))).selectByValue("fraud/phishing");
                click(browser, browser.find(By.id("save-incident")));
                browser.waitForPathMatching("/incidents/IR-\\d{4}-\\d{4}");
                key[0] = browser.path().replaceAll(".*/incidents/", "");
                addTask(browser, "Block the phishing sender");
                addTask(browser, "Reset the VPN account of the finance clerk");
                browser.type(By.id("journal-body"), "VPN logins from an unknown country for the finance clerk");
                WebElement submit = browser.find(By.id("journal-submit"));
                click(browser, submit);
                browser.waitForReload(submit);
            });
            browser.step("split-form", () -> {
                click(browser, browser.find(By.id("split-incident")));
                browser.waitForPath("/incidents/" + key[0] + "/split");
                assertThat(browser.find(By.id("split-tasks")).getText()).contains("Block the phishing sender",
                        "Reset the VPN account of the finance clerk");
                browser.type(By.id("split-title"), "Compromised VPN account of the finance clerk");
                WebElement nothing = browser.find(By.id("split-submit"));
                click(browser, nothing);
                browser.waitForReload(nothing);
                assertThat(browser.find(By.cssSelector(".alert-danger")).getText()).contains("Choose at least one");
                assertThat(browser.find(By.id("split-title")).getDomProperty("value"))
                        .isEqualTo("Compromised VPN account of the finance clerk");
                new Select(browser.find(By.id("split-classification"))).selectByValue("intrusions/unprivileged-account-compromise");
                new Select(browser.find(By.id("split-tlp"))).selectByValue("RED");
                click(browser, browser.find(By.xpath("//div[@id='split-tasks']//label[contains(., 'VPN')]/../input")));
                click(browser, browser.find(By.xpath("//div[@id='split-journal']//label[contains(., 'unknown country')]/../input")));
                show(browser, By.id("split-tasks"));
            });
            String[] child = new String[1];
            browser.step("split-done", () -> {
                click(browser, browser.find(By.id("split-submit")));
                browser.waitForPathMatching("/incidents/IR-\\d{4}-\\d{4}");
                child[0] = browser.path().replaceAll(".*/incidents/", "");
                assertThat(child[0]).isNotEqualTo(key[0]);
                assertThat(browser.find(By.id("flash")).getText()).contains("split out");
                assertThat(browser.find(By.id("incident-title")).getText()).isEqualTo("Compromised VPN account of the finance clerk");
                assertThat(browser.find(By.id("incident-facts")).getText()).contains("TLP:RED", "unprivileged-account-compromise");
                assertThat(browser.find(By.id("incident-tasks")).getText()).contains("Reset the VPN account")
                        .doesNotContain("Block the phishing sender");
                assertThat(browser.find(By.id("journal")).getText()).contains("split out of " + key[0],
                        "[" + key[0] + " #", "VPN logins from an unknown country");
                assertThat(browser.find(By.id("incident-related")).getText()).contains(key[0]);
            });
            browser.step("original-keeps-its-history", () -> {
                browser.go(yagura.url("/incidents/" + key[0]));
                assertThat(browser.find(By.id("incident-tasks")).getText()).contains("Block the phishing sender")
                        .doesNotContain("Reset the VPN account");
                assertThat(browser.find(By.id("journal")).getText()).contains("split out into " + child[0],
                        "VPN logins from an unknown country");
                assertThat(browser.find(By.id("incident-related")).getText()).contains(child[0]);
                show(browser, By.id("journal"));
            });
        }
    }

    private void createTeamLead(String username) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(yagura.url("/api/v1/users")))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"displayName\":\"Kenji Mori\","
                        + "\"role\":\"TEAM_LEAD\",\"password\":\"" + LEAD_PASSWORD + "\"}"))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static void signIn(Browser browser, String username, String password) throws Exception {
        browser.step("signed-in", () -> {
            browser.go(yagura.url("/login"));
            browser.type(By.id("username"), username);
            browser.type(By.id("password"), password);
            browser.find(By.id("login-submit")).click();
            browser.waitForPath("/");
        });
    }

    private static void addTask(Browser browser, String title) {
        browser.type(By.id("task-title"), title);
        WebElement submit = browser.find(By.id("task-submit"));
        click(browser, submit);
        browser.waitForReload(submit);
    }

    private static void click(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private static void show(Browser browser, By part) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});", browser.waitFor(part));
    }
}
