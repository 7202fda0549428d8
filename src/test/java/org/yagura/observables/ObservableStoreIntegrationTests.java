package org.yagura.observables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yagura.observables.ObservableFixtures.ADMIN;
import static org.yagura.observables.ObservableFixtures.correlation;
import static org.yagura.observables.ObservableFixtures.link;
import static org.yagura.observables.ObservableFixtures.report;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The store, links and correlation on the real database, with a too-common limit of 3 records. */
@SpringBootTest(properties = "yagura.observables.too-common=3")
@AutoConfigureMockMvc
class ObservableStoreIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void storesEachValueOnceWhateverRecordAndSpellingAndAuditsTheLinks() throws Exception {
        String a = report(mvc, ADMIN, "GREEN", "");
        String b = report(mvc, ADMIN, "GREEN", "");
        JsonNode first = link(mvc, ADMIN, a, "[{\"value\":\"hxxp://Once-Only[.]example/a\"},{\"type\":\"ipv4\",\"value\":\"203.0.113.77\","
                + "\"role\":\"SOURCE\",\"tags\":[\"c2\",\"wave-1\"],\"tlp\":\"AMBER\",\"comment\":\"beacon\"}]");
        JsonNode second = link(mvc, ADMIN, b, "[{\"type\":\"url\",\"value\":\"http://once-only.example/a\"},{\"value\":\"203.0.113.77\"}]");
        assertThat(first.get(0).get("status").asString()).isEqualTo("linked");
        assertThat(second.get(0).get("observableId").asString()).isEqualTo(first.get(0).get("observableId").asString());
        assertThat(second.get(1).get("observableId").asString()).isEqualTo(first.get(1).get("observableId").asString());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM observable WHERE obs_value = 'http://once-only.example/a'").query(Integer.class).single())
                .isEqualTo(1);
        assertThat(link(mvc, ADMIN, a, "[{\"value\":\"203.0.113.77\"}]").get(0).get("status").asString()).isEqualTo("existing");
        mvc.perform(get("/api/v1/observables/" + first.get(1).get("observableId").asString()).header("Authorization", ADMIN))
                .andExpect(jsonPath("$.recordCount").value(2))
                .andExpect(jsonPath("$.defanged").value("203[.]0[.]113[.]77"));
        mvc.perform(get("/api/v1/observables/records/report/" + a).header("Authorization", ADMIN))
                .andExpect(jsonPath("$.items[1].role").value("SOURCE"))
                .andExpect(jsonPath("$.items[1].tags[1]").value("wave-1"))
                .andExpect(jsonPath("$.items[1].tlp").value("AMBER"))
                .andExpect(jsonPath("$.items[1].comment").value("beacon"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'observable.linked' AND subject_id = ?").param(a)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void keepsInvalidItemsOutAndWritesTheValidOnes() throws Exception {
        String r = report(mvc, ADMIN, "GREEN", "");
        JsonNode results = link(mvc, ADMIN, r, "[{\"type\":\"ipv4\",\"value\":\"999.1.1.1\"},{\"value\":\"" + "a".repeat(9000) + "\"},"
                + "{\"type\":\"domain\",\"value\":\"p\u0430ypal.com\"},{\"type\":\"nonsense\",\"value\":\"x\"},{\"value\":null},"
                + "{\"value\":\"198.51.100.200\",\"tags\":[\"a,b\"]},{\"value\":\"garbage text that is nothing\"},"
                + "{\"type\":\"md5\",\"value\":\"0123456789abcdef0123456789ABCDEF\"}]");
        assertThat(results).hasSize(8);
        assertThat(results.get(0).get("errorKey").asString()).isEqualTo("observable.invalid.ipv4");
        assertThat(results.get(1).get("errorKey").asString()).isEqualTo("observable.invalid.too-long");
        assertThat(results.get(2).get("value").asString()).isEqualTo("xn--pypal-4ve.com");
        assertThat(results.get(3).get("errorKey").asString()).isEqualTo("observable.invalid.type");
        assertThat(results.get(4).get("errorKey").asString()).isEqualTo("observable.invalid.empty");
        assertThat(results.get(5).get("errorKey").asString()).isEqualTo("observable.link.tags.invalid");
        assertThat(results.get(6).get("errorKey").asString()).isEqualTo("observable.invalid.unrecognised");
        assertThat(results.get(7).get("value").asString()).isEqualTo("0123456789abcdef0123456789abcdef");
        mvc.perform(get("/api/v1/observables/records/report/" + r).header("Authorization", ADMIN))
                .andExpect(jsonPath("$.items.length()").value(2));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM observable WHERE obs_value = '198.51.100.200'").query(Integer.class).single()).isZero();
    }

    @Test
    void correlatesSameValuesContainingBlocksAndSameHosts() throws Exception {
        String a = report(mvc, ADMIN, "GREEN", "");
        String b = report(mvc, ADMIN, "GREEN", "");
        String c = report(mvc, ADMIN, "GREEN", "");
        link(mvc, ADMIN, a, "[{\"type\":\"cidr\",\"value\":\"45.76.20.0/24\"},{\"value\":\"https://cdn.corr-host.yagura-test.jp/x.js\"}]");
        link(mvc, ADMIN, c, "[{\"value\":\"sha256-less-value.corr-host.yagura-test.jp\",\"type\":\"hostname\"},{\"value\":\"45.76.20.9\"}]");
        link(mvc, ADMIN, b, "[{\"value\":\"45.76.20.9\"},{\"type\":\"domain\",\"value\":\"cdn.corr-host.yagura-test.jp\"}]");
        JsonNode corr = correlation(mvc, ADMIN, b);
        JsonNode ip = corr.get("observables").get(0);
        assertThat(ip.get("status").asString()).isEqualTo("correlated");
        assertThat(refs(ip)).containsExactlyInAnyOrder("report " + c + " same", "report " + a + " cidr");
        assertThat(refs(corr.get("observables").get(1))).containsExactly("report " + a + " host");
        assertThat(corr.get("countsByKind").get("report").asInt()).isEqualTo(2);
        assertThat(corr.get("records").findValuesAsString("key")).containsExactlyInAnyOrder(a, c);
    }

    @Test
    void neverRevealsARedReportNotEvenInCounts() throws Exception {
        String analyst = ObservableFixtures.user(mvc, "ANALYST");
        String red = report(mvc, analyst, "RED", "");
        link(mvc, analyst, red, "[{\"value\":\"red-only.yagura-test.jp\"}]");
        String mine = report(mvc, ADMIN, "GREEN", "");
        link(mvc, ADMIN, mine, "[{\"value\":\"red-only.yagura-test.jp\"}]");
        JsonNode corr = correlation(mvc, ADMIN, mine);
        assertThat(corr.get("observables").get(0).get("related")).isEmpty();
        assertThat(corr.get("countsByKind").has("report")).isFalse();
        assertThat(corr.toString()).doesNotContain(red);
        assertThat(refs(correlation(mvc, analyst, red).get("observables").get(0))).containsExactly("report " + mine + " same");
        mvc.perform(get("/api/v1/observables/records/report/" + red + "/correlation").header("Authorization", ADMIN))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/observables/records/report/" + red).header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("[{\"value\":\"1.2.3.4\"}]")).andExpect(status().isNotFound());
        String observer = ObservableFixtures.user(mvc, "OBSERVER");
        mvc.perform(post("/api/v1/observables/records/report/" + mine).header("Authorization", observer)
                .contentType(MediaType.APPLICATION_JSON).content("[{\"value\":\"1.2.3.4\"}]")).andExpect(status().isForbidden());
    }

    @Test
    void keepsWarninglistedAndTooCommonValuesFromFanningOut() throws Exception {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            keys.add(report(mvc, ADMIN, "GREEN", ""));
            link(mvc, ADMIN, keys.get(i), "[{\"value\":\"192.168.77.1\"},{\"value\":\"everywhere.yagura-test.jp\"}]");
        }
        JsonNode corr = correlation(mvc, ADMIN, keys.get(0));
        JsonNode privateAddress = corr.get("observables").get(0);
        assertThat(privateAddress.get("status").asString()).isEqualTo("noise");
        assertThat(privateAddress.get("observable").get("warninglists").toString()).contains("RFC 1918");
        assertThat(corr.get("observables").get(1).get("status").asString()).isEqualTo("too-common");
        assertThat(corr.get("records")).isEmpty();
        String id = privateAddress.get("observable").get("id").asString();
        mvc.perform(post("/api/v1/observables/" + id + "/correlation").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"correlate\":true}"))
                .andExpect(jsonPath("$.correlateOverride").value(true));
        // overridden, it correlates, but five records are still more than the limit of three
        assertThat(correlation(mvc, ADMIN, keys.get(0)).get("observables").get(0).get("status").asString()).isEqualTo("too-common");
    }

    private static List<String> refs(JsonNode correlated) {
        List<String> refs = new ArrayList<>();
        correlated.get("related").forEach(r -> refs.add(r.get("kind").asString() + " " + r.get("key").asString() + " "
                + r.get("via").asString()));
        return refs;
    }
}
