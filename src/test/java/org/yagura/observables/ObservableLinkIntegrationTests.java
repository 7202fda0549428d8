package org.yagura.observables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yagura.observables.ObservableFixtures.ADMIN;
import static org.yagura.observables.ObservableFixtures.correlation;
import static org.yagura.observables.ObservableFixtures.json;
import static org.yagura.observables.ObservableFixtures.link;
import static org.yagura.observables.ObservableFixtures.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Editing and removing links, and a stored block finding the addresses inside it, on the real database. */
@SpringBootTest(properties = "yagura.observables.too-common=3")
@AutoConfigureMockMvc
class ObservableLinkIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void changesTheContextOfALinkAndAuditsIt() throws Exception {
        String r = report(mvc, ADMIN, "GREEN", "");
        link(mvc, ADMIN, r, "[{\"value\":\"edit-me.link-test.yagura-test.jp\",\"tags\":[\"old\"]}]");
        String linkId = links(r).get(0).get("id").asString();
        mvc.perform(put("/api/v1/observables/records/report/" + r + "/links/" + linkId).header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"role\":\"INFRASTRUCTURE\",\"tags\":[\"c2\",\" wave-2 \"],"
                                + "\"tlp\":\"AMBER\",\"comment\":\" panel login \",\"firstSeen\":\"2026-11-01T00:00:00Z\",\"lastSeen\":\"2026-11-20T00:00:00Z\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("INFRASTRUCTURE"))
                .andExpect(jsonPath("$.tags[1]").value("wave-2"))
                .andExpect(jsonPath("$.comment").value("panel login"));
        JsonNode stored = links(r).get(0);
        assertThat(stored.get("tlp").asString()).isEqualTo("AMBER");
        assertThat(stored.get("firstSeen").asString()).startsWith("2026-11-01T00:00");
        assertThat(jdbc.sql("SELECT summary FROM audit_entry WHERE action = 'observable.link-edited' AND subject_id = ?").param(r)
                .query(String.class).single()).contains("role indicator", "role infrastructure", "wave-2");
        // bad context is a 400 problem and changes nothing
        mvc.perform(put("/api/v1/observables/records/report/" + r + "/links/" + linkId).header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"firstSeen\":\"2026-11-20T00:00:00Z\",\"lastSeen\":\"2026-11-01T00:00:00Z\"}"))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(put("/api/v1/observables/records/report/" + r + "/links/" + linkId).header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("{\"tags\":[\"a,b\"]}")).andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/observables/records/report/" + r + "/links/" + linkId).header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("{\"role\":\"NOT_A_ROLE\"}")).andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/observables/records/report/" + r + "/links/00000000-0000-4000-8000-000000000000")
                .header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNotFound());
        assertThat(links(r).get(0).get("role").asString()).isEqualTo("INFRASTRUCTURE");
        String observer = ObservableFixtures.user(mvc, "OBSERVER");
        mvc.perform(put("/api/v1/observables/records/report/" + r + "/links/" + linkId).header("Authorization", observer)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/observables/records/report/" + r + "/links/" + linkId).header("Authorization", observer))
                .andExpect(status().isForbidden());
    }

    @Test
    void removesALinkKeepingTheValueWhileAnotherRecordHoldsItOrItWasSighted() throws Exception {
        String a = report(mvc, ADMIN, "GREEN", "");
        String b = report(mvc, ADMIN, "GREEN", "");
        JsonNode linked = link(mvc, ADMIN, a, "[{\"value\":\"shared.unlink-test.yagura-test.jp\"},{\"value\":\"alone.unlink-test.yagura-test.jp\"},"
                + "{\"value\":\"sighted.unlink-test.yagura-test.jp\"}]");
        link(mvc, ADMIN, b, "[{\"value\":\"shared.unlink-test.yagura-test.jp\"}]");
        mvc.perform(post("/api/v1/observables/sightings").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("[{\"value\":\"sighted.unlink-test.yagura-test.jp\",\"source\":\"proxy\",\"recordKind\":\"report\",\"recordKey\":\"" + a + "\"}]"))
                .andExpect(status().isOk());
        JsonNode own = links(a);
        for (JsonNode l : own) {
            mvc.perform(delete("/api/v1/observables/records/report/" + a + "/links/" + l.get("id").asString()).header("Authorization", ADMIN))
                    .andExpect(status().isNoContent());
        }
        assertThat(links(a)).isEmpty();
        mvc.perform(get("/api/v1/observables/" + linked.get(0).get("observableId").asString()).header("Authorization", ADMIN))
                .andExpect(jsonPath("$.recordCount").value(1));
        mvc.perform(get("/api/v1/observables/" + linked.get(1).get("observableId").asString()).header("Authorization", ADMIN))
                .andExpect(status().isNotFound());
        String sighted = linked.get(2).get("observableId").asString();
        mvc.perform(get("/api/v1/observables/" + sighted + "/sightings").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.observable.recordCount").value(0));
        assertThat(correlation(mvc, ADMIN, b).get("records")).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'observable.unlinked' AND subject_id = ?").param(a)
                .query(Integer.class).single()).isEqualTo(3);
        mvc.perform(delete("/api/v1/observables/records/report/" + a + "/links/" + own.get(0).get("id").asString())
                .header("Authorization", ADMIN)).andExpect(status().isNotFound());
    }

    @Test
    void editsAndRemovesLinksFromTheRecordPage() throws Exception {
        String r = report(mvc, ADMIN, "GREEN", "");
        link(mvc, ADMIN, r, "[{\"value\":\"page-edit.link-test.yagura-test.jp\"}]");
        String linkId = links(r).get(0).get("id").asString();
        String base = "/observables/records/report/" + r + "/links";
        mvc.perform(get(base).header("Authorization", ADMIN).header("Accept-Language", "ja"))
                .andExpect(content().string(Matchers.containsString("編集"))).andExpect(content().string(Matchers.containsString("外す")));
        mvc.perform(post(base + "/" + linkId).header("Authorization", ADMIN).param("role", "VICTIM").param("tlp", "RED")
                        .param("tags", "a, b").param("comment", "x").param("firstSeen", "2026-11-02T09:30").param("lastSeen", ""))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("TLP:RED")));
        assertThat(links(r).get(0).get("tags").toString()).isEqualTo("[\"a\",\"b\"]");
        mvc.perform(post(base + "/" + linkId).header("Authorization", ADMIN).param("role", "VICTIM").param("firstSeen", "yesterday"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("observable-links-error")));
        mvc.perform(post(base + "/" + linkId + "/remove").header("Authorization", ADMIN))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.not(Matchers.containsString("page-edit"))));
        assertThat(links(r)).isEmpty();
    }

    @Test
    void aStoredBlockFindsTheAddressesAndSmallerBlocksInsideIt() throws Exception {
        String block = report(mvc, ADMIN, "GREEN", "");
        String address = report(mvc, ADMIN, "GREEN", "");
        String upperHalf = report(mvc, ADMIN, "GREEN", "");
        String outside = report(mvc, ADMIN, "GREEN", "");
        link(mvc, ADMIN, block, "[{\"type\":\"cidr\",\"value\":\"37.120.60.0/24\"}]");
        link(mvc, ADMIN, address, "[{\"value\":\"37.120.60.23\"}]");
        link(mvc, ADMIN, upperHalf, "[{\"type\":\"cidr\",\"value\":\"37.120.60.128/25\"}]");
        link(mvc, ADMIN, outside, "[{\"value\":\"37.120.61.5\"},{\"value\":\"37.120.59.255\"}]");
        assertThat(refs(correlation(mvc, ADMIN, block).get("observables").get(0)))
                .containsExactlyInAnyOrder("report " + address + " inside", "report " + upperHalf + " inside");
        // and the other way: the /25 lies in the /24, the address too
        assertThat(refs(correlation(mvc, ADMIN, upperHalf).get("observables").get(0))).containsExactly("report " + block + " cidr");
        assertThat(refs(correlation(mvc, ADMIN, address).get("observables").get(0))).containsExactly("report " + block + " cidr");
    }

    @Test
    void anIpv6BlockFindsTheAddressesInsideIt() throws Exception {
        String block = report(mvc, ADMIN, "GREEN", "");
        String address = report(mvc, ADMIN, "GREEN", "");
        String outside = report(mvc, ADMIN, "GREEN", "");
        link(mvc, ADMIN, block, "[{\"type\":\"cidr\",\"value\":\"2a01:4f8:abcd::/48\"}]");
        link(mvc, ADMIN, address, "[{\"value\":\"2a01:4f8:abcd:12::1\"}]");
        link(mvc, ADMIN, outside, "[{\"value\":\"2a01:4f8:abce::1\"},{\"value\":\"2a01:4f8:abcc:ffff:ffff:ffff:ffff:ffff\"}]");
        assertThat(refs(correlation(mvc, ADMIN, block).get("observables").get(0))).containsExactly("report " + address + " inside");
        assertThat(refs(correlation(mvc, ADMIN, address).get("observables").get(0))).containsExactly("report " + block + " cidr");
    }

    @Test
    void aBlockWithMoreAddressesInsideThanTheLimitDoesNotFanOut() throws Exception {
        String block = report(mvc, ADMIN, "GREEN", "");
        link(mvc, ADMIN, block, "[{\"type\":\"cidr\",\"value\":\"37.120.70.0/24\"},{\"value\":\"37.120.71.1\"}]");
        String other = report(mvc, ADMIN, "GREEN", "");
        link(mvc, ADMIN, other, "[{\"value\":\"37.120.70.1\"},{\"value\":\"37.120.70.2\"},{\"value\":\"37.120.70.3\"},{\"value\":\"37.120.70.4\"},"
                + "{\"value\":\"37.120.71.1\"}]");
        JsonNode corr = correlation(mvc, ADMIN, block);
        assertThat(refs(corr.get("observables").get(0))).isEmpty();
        assertThat(refs(corr.get("observables").get(1))).containsExactly("report " + other + " same");
    }

    @Test
    void fillsInTheRangeOfAddressesStoredBeforeRangesWereKept() throws Exception {
        String r = report(mvc, ADMIN, "GREEN", "");
        link(mvc, ADMIN, r, "[{\"value\":\"37.120.80.9\"},{\"type\":\"cidr\",\"value\":\"2a01:4f8:80::/64\"}]");
        jdbc.sql("UPDATE observable SET ip_family = NULL, ip_start = NULL, ip_end = NULL WHERE obs_value IN ('37.120.80.9', '2a01:4f8:80::/64')")
                .update();
        new IpRangeBackfill(new ObservableRepository(jdbc, new org.springframework.jdbc.core.JdbcTemplate(dataSource)),
                new org.springframework.transaction.support.TransactionTemplate(transactions)).run(null);
        List<String> ranges = jdbc.sql("SELECT ip_family || ' ' || ip_start || ' ' || ip_end FROM observable WHERE obs_value IN "
                + "('37.120.80.9', '2a01:4f8:80::/64') ORDER BY ip_family").query(String.class).list();
        long v4 = (37L << 24) + (120L << 16) + (80L << 8) + 9;
        assertThat(ranges).containsExactly("4 " + v4 + " " + v4, "6 " + new java.math.BigInteger("2a0104f8008000000000000000000000", 16)
                + " " + new java.math.BigInteger("2a0104f800800000ffffffffffffffff", 16));
    }

    @Autowired
    javax.sql.DataSource dataSource;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    private JsonNode links(String key) throws Exception {
        return json(mvc.perform(get("/api/v1/observables/records/report/" + key).header("Authorization", ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).get("items");
    }

    private static List<String> refs(JsonNode correlated) {
        List<String> refs = new ArrayList<>();
        correlated.get("related").forEach(r -> refs.add(r.get("kind").asString() + " " + r.get("key").asString() + " "
                + r.get("via").asString()));
        return refs;
    }
}
