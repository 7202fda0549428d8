package org.yagura.observables.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yagura.observables.ObservableFixtures.ADMIN;
import static org.yagura.observables.ObservableFixtures.json;
import static org.yagura.observables.ObservableFixtures.link;
import static org.yagura.observables.ObservableFixtures.report;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.yagura.observables.ObservableFixtures;
import tools.jackson.databind.JsonNode;

@SpringBootTest
@AutoConfigureMockMvc
class ObservableRestControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void matchesMixedValuesAndAnswersGarbageItemByItem() throws Exception {
        String analyst = ObservableFixtures.user(mvc, "ANALYST");
        String red = report(mvc, analyst, "RED", "");
        String green = report(mvc, ADMIN, "GREEN", "");
        link(mvc, ADMIN, green, "[{\"value\":\"match-me.yagura-test.jp\"},{\"type\":\"cidr\",\"value\":\"45.77.0.0/16\"}]");
        link(mvc, analyst, red, "[{\"value\":\"match-me.yagura-test.jp\"}]");
        String body = "{\"items\":[{\"value\":\"match-me[.]yagura-test[.]jp\"},{\"value\":\"45.77.3.4\",\"type\":\"ipv4\"},"
                + "{\"value\":\"10.1.2.3\"},{\"value\":\"" + "x".repeat(1_000_000) + "\"},{\"value\":\"not a value\"},"
                + "{\"value\":\"p\u0430ypal.com\",\"type\":\"domain\"},{\"type\":\"ipv4\",\"value\":\"1.2.3\"},null,{}]}";
        JsonNode results = match(ADMIN, body).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)
                .transform(s -> json(s).get("results"));
        assertThat(results).hasSize(9);
        assertThat(results.get(0).get("value").asString()).isEqualTo("match-me.yagura-test.jp");
        assertThat(results.get(0).get("records").findValuesAsString("key")).containsExactly(green);
        assertThat(results.get(1).get("records").get(0).get("via").asString()).isEqualTo("cidr");
        assertThat(results.get(1).get("known").asBoolean()).isFalse();
        assertThat(results.get(2).get("warninglists").toString()).contains("RFC 1918");
        assertThat(results.get(3).get("errorKey").asString()).isEqualTo("observable.invalid.too-long");
        assertThat(results.get(3).get("error").asString()).hasSizeLessThan(300);
        assertThat(results.get(4).get("errorKey").asString()).isEqualTo("observable.invalid.unrecognised");
        assertThat(results.get(5).get("value").asString()).isEqualTo("xn--pypal-4ve.com");
        assertThat(results.get(6).get("errorKey").asString()).isEqualTo("observable.invalid.ipv4");
        assertThat(results.get(7).get("errorKey").asString()).isEqualTo("observable.invalid.empty");
        assertThat(results.get(8).get("errorKey").asString()).isEqualTo("observable.invalid.empty");
        JsonNode asAnalyst = json(match(analyst, "{\"items\":[{\"value\":\"match-me.yagura-test.jp\"}]}")
                .andReturn().getResponse().getContentAsString()).get("results").get(0);
        assertThat(asAnalyst.get("records").findValuesAsString("key")).containsExactlyInAnyOrder(green, red);
    }

    @Test
    void refusesMoreThanAHundredThousandValuesNamingTheLimit() throws Exception {
        String item = "{\"value\":\"8.8.8.8\"}";
        match(ADMIN, "{\"items\":[" + String.join(",", Collections.nCopies(100_001, item)) + "]}")
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("100,000")));
        JsonNode results = json(match(ADMIN, "{\"items\":[" + String.join(",", Collections.nCopies(100_000, item)) + "]}")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("results");
        assertThat(results).hasSize(100_000);
    }

    @Test
    void recordsSightingsWithCountsPerDay() throws Exception {
        String body = "[{\"value\":\"sighted.yagura-test.jp\",\"source\":\"suricata-tokyo\",\"count\":5,\"seenAt\":\"2026-11-01T10:00:00Z\"},"
                + "{\"value\":\"sighted.yagura-test.jp\",\"source\":\"suricata-osaka\",\"seenAt\":\"2026-11-01T23:00:00Z\"},"
                + "{\"value\":\"sighted.yagura-test.jp\",\"source\":\"analyst\",\"count\":2,\"seenAt\":\"2026-11-03T01:00:00Z\"},"
                + "{\"value\":\"sighted.yagura-test.jp\",\"source\":\"\"},{\"value\":\"sighted.yagura-test.jp\",\"source\":\"x\",\"count\":0}]";
        JsonNode results = json(mvc.perform(post("/api/v1/observables/sightings").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).get("results");
        assertThat(results.findValuesAsString("status")).containsExactly("recorded", "recorded", "recorded", "invalid", "invalid");
        String id = results.get(0).get("observableId").asString();
        mvc.perform(get("/api/v1/observables/" + id + "/sightings").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.total").value(8))
                .andExpect(jsonPath("$.perDay[0].day").value("2026-11-01"))
                .andExpect(jsonPath("$.perDay[0].count").value(6))
                .andExpect(jsonPath("$.perDay[1].count").value(2))
                .andExpect(jsonPath("$.latest[0].source").value("analyst"));
        mvc.perform(get("/api/v1/observables/lookup").param("value", "sighted[.]yagura-test[.]jp").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.id").value(id));
    }

    @Test
    void listsObservablesPageByPage() throws Exception {
        String r = report(mvc, ADMIN, "GREEN", "");
        link(mvc, ADMIN, r, "[{\"type\":\"cve\",\"value\":\"cve-2026-10001\"},{\"type\":\"cve\",\"value\":\"CVE-2026-10002\"},"
                + "{\"type\":\"cve\",\"value\":\"CVE-2026-10003\"}]");
        JsonNode first = json(mvc.perform(get("/api/v1/observables?type=CVE&limit=2").header("Authorization", ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(first.get("items")).hasSize(2);
        JsonNode second = json(mvc.perform(get("/api/v1/observables?type=CVE&limit=2&cursor=" + first.get("next").asString())
                .header("Authorization", ADMIN)).andReturn().getResponse().getContentAsString());
        assertThat(second.get("items").findValuesAsString("value")).doesNotContainAnyElementsOf(first.get("items").findValuesAsString("value"));
        mvc.perform(get("/api/v1/observables/00000000-0000-0000-0000-000000000000").header("Authorization", ADMIN))
                .andExpect(status().isNotFound());
    }

    @Test
    void administratorsAddWarninglistsAndEntriesThatTakeEffectAtOnce() throws Exception {
        String name = "Our scanners " + System.nanoTime();
        mvc.perform(post("/api/v1/observables/warninglists").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"type\":\"cidr\",\"entries\":[\"45.33.32.0/24\"]}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.entries").value(1));
        mvc.perform(post("/api/v1/observables/warninglists").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"bad\",\"type\":\"cidr\",\"entries\":[\"not-a-block\"]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("not-a-block")));
        mvc.perform(post("/api/v1/observables/warninglists/" + name + "/entries").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("[\"45.33.49.0/24\"]")).andExpect(jsonPath("$.added").value(1));
        JsonNode hit = json(match(ADMIN, "{\"items\":[{\"value\":\"45.33.49.7\"},{\"value\":\"45.33.32.7\"}]}")
                .andReturn().getResponse().getContentAsString()).get("results");
        assertThat(hit.get(0).get("warninglists").toString()).contains(name);
        assertThat(hit.get(1).get("warninglists").toString()).contains(name);
        String observer = ObservableFixtures.user(mvc, "OBSERVER");
        mvc.perform(post("/api/v1/observables/warninglists").header("Authorization", observer).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"x\",\"entries\":[]}")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/observables/warninglists").header("Authorization", observer))
                .andExpect(jsonPath("$.items[0].shipped").value(true));
    }

    private ResultActions match(String token, String body) throws Exception {
        return mvc.perform(post("/api/v1/observables/match").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
