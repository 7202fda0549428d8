package org.yagura.observables;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yagura.shared.test.Browser;
import org.yagura.shared.test.RequiresChrome;
import org.yagura.shared.test.RunningYagura;
import tools.jackson.databind.json.JsonMapper;

/**
 * In English: an analyst extracts the observables of an incident's description, confirms them from the staging
 * area, sees that one of them was seen in one other incident, opens the drawn graph and clicks through to it.
 */
@ExtendWith(RequiresChrome.class)
class ObservableGraphBrowserTests {

    private static final String PASSWORD = "Graph-Watchtower-Lantern-3";
    private static final String TOKEN = "ygr_browser_obsgraph_token_0123456789abcdefghij";

    @RegisterExtension
    static RunningYagura yagura = new RunningYagura(Map.of("YAGURA_ADMIN_PASSWORD", PASSWORD, "YAGURA_BOOTSTRAP_TOKEN", TOKEN));

    @Test
    void extractsConfirmsCorrelatesAndClicksThroughTheGraph(TestInfo test) throws Exception {
        String earlier = incident("Earlier C2 beaconing", "Beacon to 45.77.90.12 seen on the proxy.");
        api("POST", "/api/v1/observables/records/incident/" + earlier, "[{\"value\":\"45.77.90.12\",\"role\":\"INFRASTRUCTURE\"}]");
        String current = incident("Phishing with a loader",
                "The loader calls hxxp://gate.graph-test.yagura-test[.]jp/panel and then 45.77.90[.]12 for commands.");
        try (Browser browser = Browser.open(test, "en")) {
            browser.step("signed-in", () -> {
                browser.go(yagura.url("/login"));
                browser.type(By.id("username"), "admin");
                browser.type(By.id("password"), PASSWORD);
                browser.find(By.id("login-submit")).click();
                browser.waitForPath("/");
            });
            browser.step("extracted-to-staging", () -> {
                browser.go(yagura.url("/incidents/" + current));
                WebElement extract = browser.waitFor(By.id("extract"));
                new Actions(browser.driver()).scrollToElement(extract).perform();
                extract.click();
                WebElement candidates = browser.waitFor(By.id("candidates"));
                assertThat(candidates.getDomProperty("innerHTML")).contains("http://gate.graph-test.yagura-test.jp/panel", "45.77.90.12");
            });
            browser.step("confirmed-and-correlated", () -> {
                browser.find(By.id("confirm-all")).click();
                waitUntil(browser, () -> browser.find(By.id("observable-links")).getText().contains("45[.]77[.]90[.]12"));
                waitUntil(browser, () -> browser.find(By.id("correlation-summary")).getText().contains("1 other incident"));
                assertThat(browser.find(By.id("correlated-records")).getText()).contains(earlier);
                new Actions(browser.driver()).scrollToElement(browser.find(By.id("observable-correlation"))).perform();
            });
            browser.step("graph-drawn", () -> {
                WebElement graphLink = browser.find(By.cssSelector("#observable-correlation a[href$='/graph']"));
                graphLink.click();
                browser.waitForPath("/observables/records/incident/" + current + "/graph");
                WebElement picture = browser.waitFor(By.id("graph-picture"));
                assertThat(picture.findElements(By.cssSelector(".graph-node-observable"))).hasSizeGreaterThanOrEqualTo(2);
                assertThat(browser.find(By.id("graph-legend")).getText()).contains("Other record");
            });
            browser.step("clicked-through", () -> {
                WebElement node = browser.find(By.id("graph-node-incident-" + earlier));
                WebElement circle = node.findElement(By.tagName("circle"));
                ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", circle);
                circle.click();
                browser.waitForPath("/incidents/" + earlier);
                assertThat(browser.find(By.id("incident-title")).getText()).isEqualTo("Earlier C2 beaconing");
            });
        }
    }

    private static void waitUntil(Browser browser, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class).until(d -> condition.getAsBoolean());
    }

    private static String incident(String title, String description) throws Exception {
        String body = api("POST", "/api/v1/incidents", "{\"title\":\"" + title + "\",\"description\":\"" + description + "\","
                + "\"classKey\":\"malicious-code\",\"typeKey\":\"c2-server\",\"impact\":\"HIGH\",\"urgency\":\"MEDIUM\","
                + "\"tlp\":\"AMBER\",\"pap\":\"AMBER\",\"personalDataBreach\":false}");
        return JsonMapper.builder().build().readTree(body).get("key").asString();
    }

    private static String api(String method, String path, String json) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(yagura.url(path)))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 299);
        return response.body();
    }
}
