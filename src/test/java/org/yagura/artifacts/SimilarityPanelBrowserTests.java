package org.yagura.artifacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yagura.shared.test.Browser;
import org.yagura.shared.test.RequiresChrome;
import org.yagura.shared.test.RunningYagura;
import tools.jackson.databind.JsonNode;

/**
 * In English: two reports hold near-identical scripts (stored through the API); the handler opens one
 * artifact and finds the other in its similarity panel, then tightens the TLSH threshold to zero and sees
 * the panel say that nothing is that close.
 */
@ExtendWith(RequiresChrome.class)
class SimilarityPanelBrowserTests {

    private static final String PASSWORD = "Similarity-Watchtower-Lantern-3";
    private static final String TOKEN = "ygr_similarity_browser_token_0123456789abcdef";

    @RegisterExtension
    static RunningYagura yagura = new RunningYagura(Map.of("YAGURA_ADMIN_PASSWORD", PASSWORD, "YAGURA_BOOTSTRAP_TOKEN", TOKEN));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void handlerSeesASimilarArtifactOfAnotherReportInThePanel(TestInfo test) throws Exception {
        byte[] base = SimilarityRestControllerTests.text(new Random(17), 16_000);
        byte[] near = base.clone();
        for (int i = 0; i < 30; i++) {
            near[i * 500 + 7] = (byte) 'x';
        }
        String first = upload(report("Loader script from a phishing mail"), "loader.js", base);
        String second = upload(report("Second loader seen a week later"), "loader-v2.js", near);
        awaitAnalysed(first);
        awaitAnalysed(second);

        try (Browser browser = Browser.open(test, "en")) {
            browser.step("signed-in", () -> {
                browser.go(yagura.url("/login"));
                browser.type(By.id("username"), "admin");
                browser.type(By.id("password"), PASSWORD);
                browser.find(By.id("login-submit")).click();
                browser.waitForPath("/");
            });
            browser.step("similar-artifact-listed", () -> {
                browser.go(yagura.url("/artifacts/" + first));
                new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                        .withMessage("the similar artifact did not appear in the panel")
                        .until(d -> d.findElement(By.id("similarity-tlsh-matches")).getText().contains(second));
                assertThat(browser.find(By.id("similarity-tlsh-matches")).getText()).contains("loader-v2.js");
                assertThat(browser.find(By.id("similarity-ssdeep-matches")).getText()).contains(second);
                assertThat(browser.find(By.id("similarity")).getText()).contains("Similar artifacts");
            });
            browser.step("threshold-tightened", () -> {
                browser.settle();
                var input = browser.find(By.id("similarity-tlsh"));
                input.clear();
                input.sendKeys("0");
                // the other panels of the page (analysis, YARA) load by htmx too and move the button: wait, then scroll to it
                browser.settle();
                var apply = browser.find(By.id("similarity-apply"));
                ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                        "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", apply);
                apply.click();
                new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                        .withMessage("the panel did not reload with the stricter threshold")
                        .until(d -> !d.findElements(By.id("similarity-no-tlsh")).isEmpty());
                assertThat(browser.find(By.id("similarity-no-tlsh")).getText()).contains("No similar artifact");
            });
            browser.step("clusters-page", () -> {
                browser.go(yagura.url("/artifacts/clusters"));
                assertThat(browser.waitFor(By.id("cluster-list")).getText()).contains(first, second);
            });
        }
    }

    private String report(String summary) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(yagura.url("/api/v1/reports")))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reporter\":\"soc@example.jp\",\"summary\":\"" + summary
                        + "\",\"tlp\":\"AMBER\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(201);
        return ArtifactFixtures.json(r.body()).get("key").asString();
    }

    private String upload(String report, String name, byte[] content) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--yagura-boundary\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write("\r\n--yagura-boundary--\r\n".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(yagura.url("/api/v1/reports/" + report + "/artifacts")))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "multipart/form-data; boundary=yagura-boundary")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return ArtifactFixtures.json(r.body()).get("items").get(0).get("key").asString();
    }

    private void awaitAnalysed(String key) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(yagura.url("/api/v1/artifacts/" + key)))
                    .header("Authorization", "Bearer " + TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode n = ArtifactFixtures.json(r.body());
            return n.has("analysisStatus") && n.get("analysisStatus").asString().equals("DONE");
        });
    }
}
