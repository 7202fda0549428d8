package org.yagura.observables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yagura.observables.ObservableFixtures.correlation;
import static org.yagura.observables.ObservableFixtures.json;
import static org.yagura.observables.ObservableFixtures.link;
import static org.yagura.observables.ObservableFixtures.report;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Record counts and "too common" follow what the reader may read (the limit is 3 here): a value in many TLP:RED
 * reports is too common for their author and an ordinary value for another analyst, and a value with 20,000
 * links to unreadable records is counted exactly without reading them into Java.
 */
@SpringBootTest(properties = "yagura.observables.too-common=3")
@AutoConfigureMockMvc
class ObservableReadableCountIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void tooCommonIsDecidedOnTheRecordsTheReaderMayRead() throws Exception {
        String redAnalyst = ObservableFixtures.user(mvc, "ANALYST");
        String greenAnalyst = ObservableFixtures.user(mvc, "ANALYST");
        String value = "popular.count-test.yagura-test.jp";
        List<String> reds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            reds.add(report(mvc, redAnalyst, "RED", ""));
            link(mvc, redAnalyst, reds.get(i), "[{\"value\":\"" + value + "\"}]");
        }
        String green = report(mvc, greenAnalyst, "GREEN", "");
        String other = report(mvc, greenAnalyst, "GREEN", "");
        String id = link(mvc, greenAnalyst, green, "[{\"value\":\"" + value + "\"}]").get(0).get("observableId").asString();
        link(mvc, greenAnalyst, other, "[{\"value\":\"" + value + "\"}]");

        // 6 records in all, 2 of them readable to the green analyst: not too common, and it fans out to the other one
        JsonNode forGreen = correlation(mvc, greenAnalyst, green).get("observables").get(0);
        assertThat(forGreen.get("status").asString()).isEqualTo("correlated");
        assertThat(forGreen.get("observable").get("recordCount").asInt()).isEqualTo(2);
        assertThat(forGreen.get("observable").get("tooCommon").asBoolean()).isFalse();
        assertThat(forGreen.get("related").findValuesAsString("key")).containsExactly(other);
        JsonNode matched = match(greenAnalyst, value).get(0);
        assertThat(matched.get("tooCommon").asBoolean()).isFalse();
        assertThat(matched.get("records").findValuesAsString("key")).containsExactlyInAnyOrder(green, other);
        JsonNode detail = getJson(greenAnalyst, "/api/v1/observables/" + id);
        assertThat(detail.get("recordCount").asInt()).isEqualTo(2);
        assertThat(detail.get("tooCommon").asBoolean()).isFalse();
        assertThat(getJson(greenAnalyst, "/api/v1/observables/records/report/" + green).get("items").get(0).get("observable")
                .get("recordCount").asInt()).isEqualTo(2);
        assertThat(mvc.perform(get("/observables/" + id).header("Authorization", greenAnalyst)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("id=\"observable-record-count\">2<");
        assertThat(forGreen.toString() + matched + detail).doesNotContain(reds.get(0));

        // all 6 are readable to the author of the RED reports: too common, counted as "more than 3"
        JsonNode forRed = correlation(mvc, redAnalyst, reds.get(0)).get("observables").get(0);
        assertThat(forRed.get("status").asString()).isEqualTo("too-common");
        assertThat(forRed.get("observable").get("recordCount").asInt()).isEqualTo(3);
        assertThat(forRed.get("observable").get("tooCommon").asBoolean()).isTrue();
        assertThat(forRed.get("related")).isEmpty();
        JsonNode matchedByRed = match(redAnalyst, value).get(0);
        assertThat(matchedByRed.get("tooCommon").asBoolean()).isTrue();
        assertThat(matchedByRed.get("records")).isEmpty();
        assertThat(getJson(redAnalyst, "/api/v1/observables/" + id).get("tooCommon").asBoolean()).isTrue();
        assertThat(mvc.perform(get("/observables/" + id).header("Authorization", redAnalyst).header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("more than 3");
        assertThat(mvc.perform(get("/observables/" + id).header("Authorization", redAnalyst).header("Accept-Language", "ja"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("3 件超");
    }

    @Test
    void countsAValueWithTwentyThousandUnreadableLinksExactlyAndStopsAtTheLimit() throws Exception {
        String analyst = ObservableFixtures.user(mvc, "ANALYST");
        String value = "many-links.count-test.yagura-test.jp";
        String own = report(mvc, analyst, "GREEN", "");
        String other = report(mvc, analyst, "GREEN", "");
        UUID id = UUID.fromString(link(mvc, analyst, own, "[{\"value\":\"" + value + "\"}]").get(0).get("observableId").asString());
        link(mvc, analyst, other, "[{\"value\":\"" + value + "\"}]");
        // 20,000 TLP:RED reports of someone else, each holding the value: nobody here may read them
        addReports(id, 20_000, "RED", UUID.randomUUID());

        JsonNode detail = getJson(analyst, "/api/v1/observables/" + id);
        assertThat(detail.get("recordCount").asInt()).isEqualTo(2);
        assertThat(detail.get("tooCommon").asBoolean()).isFalse();
        JsonNode correlated = correlation(mvc, analyst, own).get("observables").get(0);
        assertThat(correlated.get("status").asString()).isEqualTo("correlated");
        assertThat(correlated.get("observable").get("recordCount").asInt()).isEqualTo(2);
        assertThat(correlated.get("related").findValuesAsString("key")).containsExactly(other);
        assertThat(match(analyst, value).get(0).get("records").findValuesAsString("key")).containsExactlyInAnyOrder(own, other);
        JsonNode listed = getJson(analyst, "/api/v1/observables?type=DOMAIN&limit=500");
        assertThat(listed.get("items").findParents("id").stream().filter(n -> n.get("id").asString().equals(id.toString()))
                .map(n -> n.get("recordCount").asInt()).toList()).containsExactly(2);

        // 5,000 more that everyone may read: counting stops past the limit, "more than 3"
        addReports(id, 5_000, "GREEN", null);
        detail = getJson(analyst, "/api/v1/observables/" + id);
        assertThat(detail.get("recordCount").asInt()).isEqualTo(3);
        assertThat(detail.get("tooCommon").asBoolean()).isTrue();
        assertThat(correlation(mvc, analyst, own).get("observables").get(0).get("status").asString()).isEqualTo("too-common");
        assertThat(match(analyst, value).get(0).get("tooCommon").asBoolean()).isTrue();
    }

    /** Reports and their links written by JDBC batches, as a bulk import would leave them, and the value's count raised. */
    private void addReports(UUID observable, int count, String tlp, UUID author) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> reports = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID report = UUID.randomUUID();
            String key = "T-" + report.toString().substring(0, 18);
            reports.add(new Object[] {report, key, "API", "bulk", now, "bulk " + i, tlp, "NEW", "bulk", author, now, 0});
            links.add(new Object[] {UUID.randomUUID(), observable, "report", report, key, "INDICATOR", "bulk", now});
        }
        jdbc.batchUpdate("INSERT INTO intake_report (id, report_key, channel, reporter, received_at, summary, tlp, status, created_by, "
                + "created_by_id, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", reports);
        jdbc.batchUpdate("INSERT INTO observable_link (id, observable_id, record_kind, record_id, record_key, link_role, created_by, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", links);
        jdbc.update("UPDATE observable SET record_count = record_count + ? WHERE id = ?", count, observable);
    }

    private JsonNode getJson(String token, String path) throws Exception {
        return json(mvc.perform(get(path).header("Authorization", token)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode match(String token, String value) throws Exception {
        return json(mvc.perform(post("/api/v1/observables/match").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\":[{\"value\":\"" + value + "\"}]}")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).get("results");
    }
}
