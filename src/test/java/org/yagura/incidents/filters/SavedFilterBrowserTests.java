package org.yagura.incidents.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.yagura.shared.test.Browser;
import org.yagura.shared.test.RequiresChrome;
import org.yagura.shared.test.RunningYagura;

/**
 * In Japanese: a handler narrows the incident list, saves the filters under a name as the default,
 * opens Incidents again and lands on the saved list, goes to another queue and comes back with one click.
 */
@ExtendWith(RequiresChrome.class)
class SavedFilterBrowserTests {

    private static final String PASSWORD = "Filter-Watchtower-Lantern-8";
    private static final String NAME = "P1・赤の開いている案件";

    @RegisterExtension
    static RunningYagura yagura = new RunningYagura(Map.of("YAGURA_ADMIN_PASSWORD", PASSWORD));

    @Test
    void savesTheFiltersAndAppliesThemAfterAReload(TestInfo test) throws Exception {
        try (Browser browser = Browser.open(test, "ja")) {
            browser.step("signed-in", () -> {
                browser.go(yagura.url("/login"));
                browser.type(By.id("username"), "admin");
                browser.type(By.id("password"), PASSWORD);
                browser.find(By.id("login-submit")).click();
                browser.waitForPath("/");
            });
            browser.step("list-narrowed", () -> {
                browser.go(yagura.url("/incidents?queue=OPEN"));
                new Select(browser.find(By.id("f-priority"))).selectByValue("P1");
                new Select(browser.find(By.id("f-tlp"))).selectByValue("RED");
                new Select(browser.find(By.id("f-sla"))).selectByValue("AT_RISK");
                WebElement submit = browser.find(By.id("filter-submit"));
                submit.click();
                browser.waitForReload(submit);
                assertThat(browser.driver().getCurrentUrl()).contains("priority=P1", "tlp=RED", "sla=AT_RISK");
                assertThat(browser.find(By.id("saved-filters-empty")).getText()).isEqualTo("保存済みのフィルターはまだありません。");
            });
            browser.step("filter-saved-as-default", () -> {
                browser.find(By.cssSelector("#save-filter summary")).click();
                browser.type(By.id("save-filter-name"), NAME);
                browser.find(By.id("save-filter-default")).click();
                WebElement save = browser.find(By.id("save-filter-submit"));
                save.click();
                browser.waitForReload(save);
                assertThat(browser.find(By.id("flash")).getText()).isEqualTo("フィルターを保存しました。");
                assertThat(browser.find(By.cssSelector("a.saved-filter")).getText()).isEqualTo("★ " + NAME);
            });
            browser.step("default-opens-after-reload", () -> {
                browser.go(yagura.url("/incidents"));
                browser.waitForPath("/incidents");
                assertThat(browser.driver().getCurrentUrl()).contains("priority=P1", "tlp=RED", "sla=AT_RISK");
                assertSelected(browser, "P1", "RED", "AT_RISK");
                assertThat(browser.find(By.cssSelector("a.saved-filter")).getAttribute("class")).contains("btn-secondary");
            });
            browser.step("applied-with-one-click", () -> {
                WebElement tab = browser.find(By.id("queue-ALL"));
                tab.click();
                browser.waitForReload(tab);
                assertSelected(browser, "", "", "");
                WebElement saved = browser.find(By.cssSelector("a.saved-filter"));
                saved.click();
                browser.waitForReload(saved);
                assertSelected(browser, "P1", "RED", "AT_RISK");
                assertThat(new Select(browser.find(By.id("f-status"))).getFirstSelectedOption().getAttribute("value")).isEmpty();
            });
            browser.step("managed", () -> {
                browser.find(By.id("manage-filters")).click();
                browser.waitForPath("/incidents/filters");
                assertThat(browser.find(By.id("filters")).getText()).contains(NAME, "★ 既定");
            });
        }
    }

    private static void assertSelected(Browser browser, String priority, String tlp, String sla) {
        assertThat(new Select(browser.find(By.id("f-priority"))).getFirstSelectedOption().getAttribute("value")).isEqualTo(priority);
        assertThat(new Select(browser.find(By.id("f-tlp"))).getFirstSelectedOption().getAttribute("value")).isEqualTo(tlp);
        assertThat(new Select(browser.find(By.id("f-sla"))).getFirstSelectedOption().getAttribute("value")).isEqualTo(sla);
    }
}
