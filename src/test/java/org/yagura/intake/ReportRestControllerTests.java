package org.yagura.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class ReportRestControllerTests {

    static final String ADMIN = "Bearer ygr_test_bootstrap_token_0123456789abcdefghij";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Test
    void receivesAReportWithAnIncreasingHumanKey() throws Exception {
        JsonNode a = submit("{\"reporter\":\"soc@example.jp\",\"summary\":\"フィッシングメールの報告\",\"body\":\"本文\"}", null, 201);
        JsonNode b = submit("{\"reporter\":\"soc@example.jp\",\"summary\":\"Second\"}", null, 201);
        assertThat(a.get("key").asString()).matches("RPT-\\d{4}-\\d{5}");
        assertThat(number(b) - number(a)).isEqualTo(1);
        assertThat(a.get("status").asString()).isEqualTo("NEW");
        assertThat(a.get("tlp").asString()).isEqualTo("AMBER");
        assertThat(a.get("channel").asString()).isEqualTo("API");
    }

    @Test
    void neverCreatesASecondReportForARetryOrAKnownExternalReference() throws Exception {
        String body = "{\"reporter\":\"r\",\"summary\":\"retry\"}";
        String key = submit(body, "retry-" + System.nanoTime(), 201).get("key").asString();
        String idem = "idem-" + System.nanoTime();
        String first = submit(body, idem, 201).get("key").asString();
        assertThat(submit(body, idem, 200).get("key").asString()).isEqualTo(first).isNotEqualTo(key);
        String ext = "{\"reporter\":\"ids\",\"summary\":\"alert\",\"source\":\"suricata\",\"externalReference\":\"ev-" + System.nanoTime() + "\"}";
        String original = submit(ext, null, 201).get("key").asString();
        assertThat(submit(ext, null, 200).get("key").asString()).isEqualTo(original);
    }

    @Test
    void listsEveryInvalidFieldOfAReport() throws Exception {
        mvc.perform(post("/api/v1/reports").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reporter\":\"\",\"summary\":\"" + "x".repeat(501) + "\",\"suggestedClass\":\"Not A Key\",\"tlp\":\"RED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("reporter")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("summary")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("suggestedClass")));
        mvc.perform(post("/api/v1/reports").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reporter\":\"a\",\"summary\":\"b\",\"tlp\":\"PURPLE\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void bulkKeepsValidItemsAndNamesTheRest() throws Exception {
        String ext = "bulk-" + System.nanoTime();
        submit("{\"reporter\":\"feed\",\"summary\":\"known\",\"source\":\"feed\",\"externalReference\":\"" + ext + "\"}", null, 201);
        String body = mvc.perform(post("/api/v1/reports/bulk").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"reporter\":\"feed\",\"summary\":\"one\"},"
                                + "{\"reporter\":\"\",\"summary\":\"bad\"},"
                                + "{\"reporter\":\"feed\",\"summary\":\"again\",\"source\":\"feed\",\"externalReference\":\"" + ext + "\"},"
                                + "{\"reporter\":\"feed\",\"summary\":\"two\",\"source\":\"feed\",\"externalReference\":\"" + ext + "-2\"},"
                                + "{\"reporter\":\"feed\",\"summary\":\"two twice\",\"source\":\"feed\",\"externalReference\":\"" + ext + "-2\"},"
                                + "{\"reporter\":\"feed\",\"summary\":\"classified\",\"suggestedClass\":\"fraud\",\"suggestedType\":\"phishing\"},"
                                + "{\"reporter\":\"feed\",\"summary\":\"misclassified\",\"suggestedClass\":\"fraud\",\"suggestedType\":\"nope\"},"
                                + "{\"reporter\":\"ids\",\"summary\":\"other source\",\"source\":\"ids\",\"externalReference\":\"" + ext + "\"}]"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        JsonNode results = JSON.readTree(body).get("results");
        assertThat(results.get(0).get("status").asString()).isEqualTo("created");
        assertThat(results.get(1).get("status").asString()).isEqualTo("invalid");
        assertThat(results.get(1).get("errors").get(0).get("field").asString()).isEqualTo("reporter");
        assertThat(results.get(2).get("status").asString()).isEqualTo("existing");
        assertThat(results.get(3).get("status").asString()).isEqualTo("created");
        assertThat(results.get(4).get("status").asString()).isEqualTo("existing");
        assertThat(results.get(4).get("key").asString()).isEqualTo(results.get(3).get("key").asString());
        assertThat(results.get(5).get("status").asString()).isEqualTo("created");
        assertThat(results.get(6).get("status").asString()).isEqualTo("invalid");
        assertThat(results.get(6).get("errors").get(0).get("field").asString()).isEqualTo("suggestedType");
        assertThat(results.get(7).get("status").asString()).as("the same reference from another source").isEqualTo("created");
    }

    @Test
    void refusesMoreThanAThousandItemsPerBulkCall() throws Exception {
        String item = "{\"reporter\":\"f\",\"summary\":\"s\"}";
        String body = "[" + String.join(",", java.util.Collections.nCopies(1001, item)) + "]";
        mvc.perform(post("/api/v1/reports/bulk").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", matchesPattern(".*1,?000.*")));
    }

    @Test
    void takesDistinctConsecutiveKeysUnderConcurrency() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<JsonNode>> futures = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            futures.add(pool.submit(() -> submit("{\"reporter\":\"c\",\"summary\":\"concurrent\"}", null, 201)));
        }
        Set<Integer> numbers = new TreeSet<>();
        for (Future<JsonNode> f : futures) {
            numbers.add(number(f.get()));
        }
        pool.shutdown();
        assertThat(numbers).hasSize(24);
    }

    @Test
    void triagesOnceWithTheDecisionsRules() throws Exception {
        String key = submit("{\"reporter\":\"user@example.jp\",\"summary\":\"Suspicious mail\"}", null, 201).get("key").asString();
        String other = submit("{\"reporter\":\"user@example.jp\",\"summary\":\"Suspicious mail\"}", null, 201).get("key").asString();
        triage(key, "{\"decision\":\"NOT_INCIDENT\",\"classKey\":\"test\",\"typeKey\":\"test\"}").andExpect(status().isBadRequest());
        triage(key, "{\"decision\":\"NOT_INCIDENT\",\"reason\":\"x\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("class")));
        triage(key, "{\"decision\":\"NOT_INCIDENT\",\"reason\":\"x\",\"classKey\":\"fraud\",\"typeKey\":\"no-such-type\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("fraud/no-such-type")));
        triage(key, "{\"decision\":\"DUPLICATE\",\"duplicateOf\":\"RPT-1999-00001\",\"classKey\":\"test\",\"typeKey\":\"test\"}")
                .andExpect(status().isNotFound());
        triage(key, "{\"decision\":\"NOT_INCIDENT\",\"reason\":\"false positive\",\"classKey\":\"test\",\"typeKey\":\"test\",\"version\":5}")
                .andExpect(status().isConflict());
        triage(key, "{\"decision\":\"NOT_INCIDENT\",\"reason\":\"false positive\",\"classKey\":\"test\",\"typeKey\":\"test\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("TRIAGED"))
                .andExpect(jsonPath("$.decision").value("NOT_INCIDENT"))
                .andExpect(jsonPath("$.triagedBy").value("admin"));
        triage(key, "{\"decision\":\"FORWARDED\",\"forwardedTo\":\"JPCERT/CC\",\"classKey\":\"test\",\"typeKey\":\"test\"}")
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/reports/" + other + "/similar").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.items[*].key", hasItem(key)));
        triage(other, "{\"decision\":\"DUPLICATE\",\"duplicateOf\":\"" + key + "\",\"classKey\":\"test\",\"typeKey\":\"test\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.duplicateOf").value(key));
    }

    @Test
    void triagesManyReportsAllOrNone() throws Exception {
        String a = submit("{\"reporter\":\"x\",\"summary\":\"a\"}", null, 201).get("key").asString();
        String b = submit("{\"reporter\":\"x\",\"summary\":\"b\"}", null, 201).get("key").asString();
        mvc.perform(post("/api/v1/reports/triage").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"keys\":[\"" + a + "\",\"" + b + "\"],\"decision\":\"FORWARDED\",\"forwardedTo\":\"NISC\",\"classKey\":\"intrusions\",\"typeKey\":\"system-compromise\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2));
        mvc.perform(get("/api/v1/reports/" + b).header("Authorization", ADMIN))
                .andExpect(jsonPath("$.forwardedTo").value("NISC"));
    }

    private org.springframework.test.web.servlet.ResultActions triage(String key, String body) throws Exception {
        return mvc.perform(post("/api/v1/reports/" + key + "/triage").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void aReaderWhoMayNotSeeSomeReportsStillGetsFullPagesAndTheNextCursor() throws Exception {
        // newest first: g3, three RED reports only their creator (the admin) may read, g2, three more, g1
        String run = "pages-" + System.nanoTime();
        List<String> visible = new ArrayList<>();
        for (int group = 1; group <= 3; group++) {
            visible.add(0, submit(report(run + "-g" + group, "GREEN"), null, 201).get("key").asString());
            if (group < 3) {
                for (int red = 0; red < 3; red++) {
                    submit(report(run + "-red", "RED"), null, 201);
                }
            }
        }
        String analyst = org.yagura.taxonomy.TaxonomyFixtures.tokenForNewUser(mvc, "ANALYST");

        JsonNode first = JSON.readTree(mvc.perform(get("/api/v1/reports").param("limit", "2").header("Authorization", analyst))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        JsonNode second = JSON.readTree(mvc.perform(get("/api/v1/reports").param("limit", "2")
                        .param("cursor", first.get("next").asString()).header("Authorization", analyst))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        List<String> firstKeys = new ArrayList<>();
        first.get("items").forEach(r -> firstKeys.add(r.get("key").asString()));
        assertThat(firstKeys).containsExactly(visible.get(0), visible.get(1));
        assertThat(second.get("items").get(0).get("key").asString()).isEqualTo(visible.get(2));
    }

    private static String report(String summary, String tlp) {
        return "{\"reporter\":\"pager\",\"summary\":\"" + summary + "\",\"tlp\":\"" + tlp + "\"}";
    }

    private JsonNode submit(String body, String idempotencyKey, int expectedStatus) throws Exception {
        var request = post("/api/v1/reports").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON).content(body);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return JSON.readTree(mvc.perform(request).andExpect(status().is(expectedStatus)).andReturn().getResponse().getContentAsString());
    }

    private static int number(JsonNode report) {
        String key = report.get("key").asString();
        return Integer.parseInt(key.substring(key.lastIndexOf('-') + 1));
    }
}
