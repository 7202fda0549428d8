package org.yagura.incidents.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
class IncidentTextSearchTests {

    private static final String ADMIN = "Bearer ygr_test_bootstrap_token_0123456789abcdefghij";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Test
    void findsAWordInsideAJapaneseCompoundTitle() throws Exception {
        String key = open("顧客データベースへの不正侵害", "AMBER");
        awaitIndexed("侵害", key);
        assertThat(search("不正侵害")).contains(key);
        assertThat(search("データベース 侵害")).contains(key);
        assertThat(search("侵害 ランサムウェア")).doesNotContain(key);
    }

    @Test
    void findsJournalTextWithoutSpacesAndTheKeyItself() throws Exception {
        String key = open("Web server incident", "AMBER");
        mvc.perform(post("/api/v1/incidents/" + key + "/journal").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"NOTE\",\"body\":\"攻撃者はwebshellを設置した\"}"))
                .andExpect(status().isCreated());
        awaitIndexed("webshell", key);
        assertThat(search("設置")).contains(key);
        assertThat(search(key)).first().isEqualTo(key);
    }

    @Test
    void narrowsASearchByTheListFiltersAndPagesThroughIt() throws Exception {
        String marker = "marker" + System.nanoTime();
        String green = open("Phishing wave " + marker, "GREEN");
        String amber1 = open("Phishing wave " + marker, "AMBER");
        String amber2 = open("Phishing wave " + marker, "AMBER");
        awaitIndexed(marker, green, amber1, amber2);
        assertThat(keys(page("q=" + marker + "&tlp=GREEN"))).containsExactly(green);

        JsonNode first = page("q=" + marker + "&limit=2");
        assertThat(keys(first)).containsExactly(amber2, amber1); // newest first
        JsonNode second = page("q=" + marker + "&limit=2&cursor=" + first.get("next").asString());
        assertThat(keys(second)).containsExactly(green);
        assertThat(second.get("next").isNull()).isTrue();

        String csv = mvc.perform(get("/api/v1/incidents/export?q=" + marker).header("Authorization", ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().filter(l -> l.contains(marker)).count()).isEqualTo(3);
    }

    @Test
    void putsTheTypedKeyFirstAndTheTextMatchesNewestFirstAcrossPages() throws Exception {
        String marker = "order" + System.nanoTime();
        String origin = open("Beacon to a new host", "AMBER", marker);
        String older = open("Follow-up of " + origin, "AMBER", marker);
        String newer = open("Second follow-up of " + origin, "AMBER", marker);
        awaitIndexed(origin, origin, older, newer);

        JsonNode first = page("q=" + origin + "&constituency=" + marker + "&limit=2");
        assertThat(keys(first)).containsExactly(origin, newer);
        JsonNode second = page("q=" + origin + "&constituency=" + marker + "&limit=2&cursor=" + first.get("next").asString());
        assertThat(keys(second)).containsExactly(older);
        assertThat(second.get("next").isNull()).isTrue();
    }

    @Test
    void refusesAnOverlongSearchWithAProblem() throws Exception {
        mvc.perform(get("/api/v1/incidents?q=" + "x".repeat(501)).header("Authorization", ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void searchesFromTheIncidentListPage() throws Exception {
        String key = open("標的型メール攻撃の調査", "AMBER");
        awaitIndexed("メール攻撃", key);
        mvc.perform(get("/incidents").param("queue", "ALL").param("q", "メール攻撃")
                        .header("Authorization", ADMIN).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(key)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("全文検索")));
    }

    private String open(String title, String tlp) throws Exception {
        return open(title, tlp, null);
    }

    private String open(String title, String tlp, String constituency) throws Exception {
        String body = "{\"title\":\"" + title + "\",\"classKey\":\"intrusions\",\"typeKey\":\"system-compromise\","
                + "\"impact\":\"MEDIUM\",\"urgency\":\"MEDIUM\",\"tlp\":\"" + tlp + "\",\"pap\":\"AMBER\",\"personalDataBreach\":false"
                + (constituency == null ? "" : ",\"constituency\":\"" + constituency + "\"") + "}";
        return JSON.readTree(mvc.perform(post("/api/v1/incidents").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("key").asString();
    }

    private JsonNode page(String query) throws Exception {
        return JSON.readTree(mvc.perform(get("/api/v1/incidents?queue=ALL&" + query).header("Authorization", ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** The index follows each commit asynchronously (after the commit, through the event registry): wait for it. */
    private void awaitIndexed(String text, String... keys) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).pollInterval(java.time.Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(search(text)).contains(keys));
    }

    private List<String> search(String text) throws Exception {
        return keys(JSON.readTree(mvc.perform(get("/api/v1/incidents").param("queue", "ALL").param("limit", "500")
                        .param("q", text).header("Authorization", ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)));
    }

    private static List<String> keys(JsonNode page) {
        List<String> keys = new ArrayList<>();
        page.get("items").forEach(i -> keys.add(i.get("key").asString()));
        return keys;
    }
}
