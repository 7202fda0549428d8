package org.yagura.observables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yagura.observables.ObservableFixtures.json;
import static org.yagura.observables.ObservableFixtures.link;
import static org.yagura.observables.ObservableFixtures.report;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Two analysts: one holds a TLP:RED report (only its participants may read it), the other a GREEN one. What
 * the store answers about a value (whether it is stored, its records, how many) depends on who asks.
 */
@SpringBootTest(properties = "yagura.observables.too-common=3")
@AutoConfigureMockMvc
class ObservableExistenceIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aValueTiedOnlyToAnUnreadableRecordIsNotSeenAndCountsAreOfReadableRecords() throws Exception {
        String redAnalyst = ObservableFixtures.user(mvc, "ANALYST");
        String greenAnalyst = ObservableFixtures.user(mvc, "ANALYST");
        String red = report(mvc, redAnalyst, "RED", "");
        String green = report(mvc, greenAnalyst, "GREEN", "");
        JsonNode hidden = link(mvc, redAnalyst, red, "[{\"value\":\"only-red.exist-test.yagura-test.jp\"},{\"value\":\"both.exist-test.yagura-test.jp\"}]");
        link(mvc, greenAnalyst, green, "[{\"value\":\"both.exist-test.yagura-test.jp\"}]");
        String hiddenId = hidden.get(0).get("observableId").asString();
        String sharedId = hidden.get(1).get("observableId").asString();

        JsonNode forGreen = match(greenAnalyst, "only-red.exist-test.yagura-test.jp", "both.exist-test.yagura-test.jp");
        assertThat(forGreen.get(0).get("known").asBoolean()).isFalse();
        assertThat(forGreen.get(0).get("records")).isEmpty();
        assertThat(forGreen.get(1).get("known").asBoolean()).isTrue();
        assertThat(forGreen.get(1).get("records").findValuesAsString("key")).containsExactly(green);
        assertThat(forGreen.toString()).doesNotContain(red);

        JsonNode forRed = match(redAnalyst, "only-red.exist-test.yagura-test.jp", "both.exist-test.yagura-test.jp");
        assertThat(forRed.get(0).get("known").asBoolean()).isTrue();
        assertThat(forRed.get(0).get("records").findValuesAsString("key")).containsExactly(red);
        assertThat(forRed.get(1).get("records").findValuesAsString("key")).containsExactlyInAnyOrder(red, green);

        // lookup, detail (API and page) and sightings answer "not seen" to the one who may not read the record
        mvc.perform(get("/api/v1/observables/lookup").param("value", "only-red.exist-test.yagura-test.jp")
                .header("Authorization", greenAnalyst)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/observables/" + hiddenId).header("Authorization", greenAnalyst)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/observables/" + hiddenId + "/sightings").header("Authorization", greenAnalyst))
                .andExpect(status().isNotFound());
        mvc.perform(get("/observables/" + hiddenId).header("Authorization", greenAnalyst)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/observables/lookup").param("value", "only-red.exist-test.yagura-test.jp")
                .header("Authorization", redAnalyst)).andExpect(status().isOk()).andExpect(jsonPath("$.recordCount").value(1));

        // the count is of the records the caller may read
        mvc.perform(get("/api/v1/observables/" + sharedId).header("Authorization", greenAnalyst)).andExpect(jsonPath("$.recordCount").value(1));
        mvc.perform(get("/api/v1/observables/" + sharedId).header("Authorization", redAnalyst)).andExpect(jsonPath("$.recordCount").value(2));
        JsonNode corr = ObservableFixtures.correlation(mvc, greenAnalyst, green);
        assertThat(corr.get("observables").get(0).get("observable").get("recordCount").asInt()).isEqualTo(1);

        // and the list leaves the value out
        String list = mvc.perform(get("/api/v1/observables").param("type", "DOMAIN").param("limit", "500")
                .header("Authorization", greenAnalyst)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains(sharedId).doesNotContain(hiddenId);
        assertThat(mvc.perform(get("/api/v1/observables").param("type", "DOMAIN").param("limit", "500")
                .header("Authorization", redAnalyst)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains(hiddenId, sharedId);
    }

    @Test
    void aValueSightedOutsideAnyRecordIsKnownToEveryone() throws Exception {
        String redAnalyst = ObservableFixtures.user(mvc, "ANALYST");
        String other = ObservableFixtures.user(mvc, "ANALYST");
        String red = report(mvc, redAnalyst, "RED", "");
        link(mvc, redAnalyst, red, "[{\"value\":\"203.0.113.201\"}]");
        assertThat(match(other, "203.0.113.201").get(0).get("known").asBoolean()).isFalse();
        mvc.perform(post("/api/v1/observables/sightings").header("Authorization", other).contentType(MediaType.APPLICATION_JSON)
                .content("[{\"value\":\"203.0.113.201\",\"source\":\"sensor-7\"}]")).andExpect(status().isOk());
        JsonNode result = match(other, "203.0.113.201").get(0);
        assertThat(result.get("known").asBoolean()).isTrue();
        assertThat(result.get("records")).isEmpty();
        mvc.perform(get("/api/v1/observables/lookup").param("value", "203.0.113.201").header("Authorization", other))
                .andExpect(jsonPath("$.recordCount").value(0));
    }

    @Test
    void drawsTheGraphWithOnlyTheRecordsTheViewerMayReadInTheirLanguage() throws Exception {
        String redAnalyst = ObservableFixtures.user(mvc, "ANALYST");
        String greenAnalyst = ObservableFixtures.user(mvc, "ANALYST");
        String red = report(mvc, redAnalyst, "RED", "");
        String green = report(mvc, greenAnalyst, "GREEN", "");
        String other = report(mvc, greenAnalyst, "GREEN", "");
        link(mvc, redAnalyst, red, "[{\"value\":\"graph.exist-test.yagura-test.jp\"}]");
        link(mvc, greenAnalyst, green, "[{\"value\":\"graph.exist-test.yagura-test.jp\"},{\"value\":\"192.168.77.9\"}]");
        link(mvc, greenAnalyst, other, "[{\"value\":\"graph.exist-test.yagura-test.jp\"}]");
        String ja = mvc.perform(get("/observables/records/report/" + green + "/graph").header("Authorization", greenAnalyst)
                .header("Accept-Language", "ja")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ja).contains("<svg id=\"graph-picture\"", "id=\"graph-node-report-" + other + "\"", "href=\"/reports/" + other + "\"",
                "凡例", "他の記録（クリックで開く）", "status-noise").doesNotContain(red);
        String en = mvc.perform(get("/observables/records/report/" + green + "/graph").header("Authorization", greenAnalyst)
                .header("Accept-Language", "en")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).contains("Other record (click to open)", "Known noise (on a warninglist)");
        String forRed = mvc.perform(get("/observables/records/report/" + red + "/graph").header("Authorization", redAnalyst))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(forRed).contains("id=\"graph-node-report-" + green + "\"", "id=\"graph-node-report-" + other + "\"");
        mvc.perform(get("/observables/records/report/" + red + "/graph").header("Authorization", greenAnalyst)).andExpect(status().isNotFound());
    }

    private JsonNode match(String token, String... values) throws Exception {
        StringBuilder items = new StringBuilder();
        for (String v : values) {
            items.append(items.isEmpty() ? "" : ",").append("{\"value\":\"").append(v).append("\"}");
        }
        return json(mvc.perform(post("/api/v1/observables/match").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\":[" + items + "]}")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).get("results");
    }
}
