package org.yagura.incidents.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class IncidentRestControllerTests {

    static final String ADMIN = "Bearer ygr_test_bootstrap_token_0123456789abcdefghij";
    static final String PHISHING = "{\"title\":\"%s\",\"classKey\":\"fraud\",\"typeKey\":\"phishing\",\"impact\":\"HIGH\","
            + "\"urgency\":\"HIGH\",\"tlp\":\"%s\",\"pap\":\"AMBER\",\"personalDataBreach\":false}";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Test
    void opensReadsAndListsAnIncident() throws Exception {
        JsonNode opened = open("Phishing against the finance team", "GREEN");
        String key = opened.get("key").asString();
        assertThat(key).matches("IR-\\d{4}-\\d{4}");
        assertThat(opened.get("status").asString()).isEqualTo("NEW");
        assertThat(opened.get("priority").asString()).isNotBlank();
        mvc.perform(get("/api/v1/incidents/" + key).header("Authorization", ADMIN))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.title").value("Phishing against the finance team"));
        mvc.perform(get("/api/v1/incidents?queue=OPEN&classKey=fraud&tlp=GREEN&limit=500").header("Authorization", ADMIN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].key", hasItem(key)));
        String csv = mvc.perform(get("/api/v1/incidents/export?queue=ALL&classKey=fraud").header("Authorization", ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("\"key\",\"title\"", key);
    }

    @Test
    void namesExactlyWhatIsWrongWithAnIncident() throws Exception {
        mvc.perform(json(post("/api/v1/incidents"), PHISHING.formatted("x".repeat(301), "AMBER")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("title")));
        mvc.perform(json(post("/api/v1/incidents"), PHISHING.formatted("ok", "AMBER").replace("phishing", "no-such-type")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("fraud/no-such-type")));
        mvc.perform(json(post("/api/v1/incidents"), PHISHING.formatted("ok", "AMBER")
                        .replace("\"pap\"", "\"assignee\":\"ghost-user\",\"pap\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("ghost-user")));
        mvc.perform(json(post("/api/v1/incidents"), PHISHING.formatted("ok", "PURPLE"))).andExpect(status().isBadRequest());
        String huge = PHISHING.formatted("t".repeat(10 * 1024 * 1024), "AMBER");
        mvc.perform(json(post("/api/v1/incidents"), huge)).andExpect(status().isPayloadTooLarge());
        mvc.perform(get("/api/v1/incidents/IR-1999-9999").header("Authorization", ADMIN)).andExpect(status().isNotFound());
    }

    @Test
    void keepsScriptInMarkdownAsText() throws Exception {
        String body = PHISHING.formatted("Markdown", "AMBER").replace("\"pap\"",
                "\"description\":\"<script>alert(1)</script>\\n\\n**bold**\",\"pap\"");
        String key = JSON.readTree(mvc.perform(json(post("/api/v1/incidents"), body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("key").asString();
        mvc.perform(get("/incidents/" + key).header("Authorization", ADMIN))
                .andExpect(content().string(containsString("<strong>bold</strong>")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>alert(1)"))));
    }

    @Test
    void refusesAConcurrentEditWithAConflict() throws Exception {
        String key = open("Concurrent", "AMBER").get("key").asString();
        String edit = PHISHING.formatted("First edit", "AMBER");
        mvc.perform(json(put("/api/v1/incidents/" + key), edit).header("If-Match", "\"0\""))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(json(put("/api/v1/incidents/" + key), PHISHING.formatted("Second edit", "AMBER")).header("If-Match", "\"0\""))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/incidents/" + key).header("Authorization", ADMIN)).andExpect(jsonPath("$.title").value("First edit"));
    }

    @Test
    void movesThroughTheLifecycleAndRefusesIllegalMovesWithTheReason() throws Exception {
        String key = open("Lifecycle", "AMBER").get("key").asString();
        transition(key, "{\"status\":\"CONTAINMENT\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.acknowledgedAt").isNotEmpty());
        transition(key, "{\"status\":\"ANALYSIS\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("CONTAINMENT")));
        String task = JSON.readTree(mvc.perform(json(post("/api/v1/incidents/" + key + "/tasks"),
                        "{\"title\":\"Block sender\",\"kind\":\"CONTAINMENT\",\"assignee\":\"admin\",\"dueDate\":\"2026-12-01\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
        transition(key, "{\"status\":\"CLOSED\",\"resolution\":\"RESOLVED\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("1")));
        mvc.perform(json(post("/api/v1/incidents/" + key + "/tasks/" + task + "/state"), "{\"state\":\"DONE\",\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("DONE"));
        transition(key, "{\"status\":\"CLOSED\"}").andExpect(status().isBadRequest());
        transition(key, "{\"status\":\"CLOSED\",\"resolution\":\"RESOLVED\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("review")));
        mvc.perform(json(put("/api/v1/incidents/" + key + "/review"), "{\"summary\":\"s\",\"rootCause\":\"r\"}"))
                .andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/incidents/" + key + "/review/complete"), "{}")).andExpect(status().isOk());
        transition(key, "{\"status\":\"CLOSED\",\"resolution\":\"RESOLVED\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.resolution").value("RESOLVED"));
        transition(key, "{\"status\":\"OPEN\"}").andExpect(status().isOk()).andExpect(jsonPath("$.closedAt").isEmpty());
    }

    @Test
    void opensAnIncidentFromReportsAndAttachesAnother() throws Exception {
        String r1 = report("Suspicious login page");
        String r2 = report("Same login page");
        String key = JSON.readTree(mvc.perform(json(post("/api/v1/incidents/from-reports"),
                        "{\"reportKeys\":[\"" + r1 + "\"],\"classKey\":\"fraud\",\"typeKey\":\"phishing\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("key").asString();
        mvc.perform(json(post("/api/v1/reports/" + r2 + "/triage"), "{\"decision\":\"ATTACH_TO_INCIDENT\",\"incidentKey\":\"" + key + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.incidentKey").value(key));
        mvc.perform(get("/api/v1/incidents/" + key + "/reports").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.items[*].key", hasItem(r1))).andExpect(jsonPath("$.items[*].key", hasItem(r2)));
        mvc.perform(json(post("/api/v1/reports/" + report("no key") + "/triage"), "{\"decision\":\"ATTACH_TO_INCIDENT\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/v1/incidents/from-reports"), "{\"reportKeys\":[\"" + r1 + "\"],\"classKey\":\"fraud\",\"typeKey\":\"phishing\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void keepsAnAppendOnlyJournalAndExportsIt() throws Exception {
        String key = open("Journal", "AMBER").get("key").asString();
        mvc.perform(json(post("/api/v1/incidents/" + key + "/journal"),
                        "{\"kind\":\"COMMUNICATION\",\"body\":\"Called the ISP\",\"occurredAt\":\"2026-01-02T03:04:05Z\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.seq").value(2));
        mvc.perform(json(post("/api/v1/incidents/" + key + "/journal"), "{\"kind\":\"STATUS\",\"body\":\"forged\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/incidents/" + key + "/journal?sort=occurred").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.items[0].body").value("Called the ISP"))
                .andExpect(jsonPath("$.items[1].kind").value("STATUS"));
        mvc.perform(get("/api/v1/incidents/" + key + "/journal?kind=COMMUNICATION").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.items.length()").value(1));
        String csv = mvc.perform(get("/api/v1/incidents/" + key + "/journal/export").header("Authorization", ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("\"incident\",\"seq\",\"kind\"", "Called the ISP");
    }

    @Test
    void appliesAndRewordsPlaybooks() throws Exception {
        String key = open("Playbook", "AMBER").get("key").asString();
        mvc.perform(post("/api/v1/incidents/" + key + "/playbooks/ddos").header("Authorization", ADMIN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(5));
        mvc.perform(get("/api/v1/incidents/playbooks").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.items[*].id", hasItem("data-leak")));
        mvc.perform(json(put("/api/v1/incidents/playbooks/vulnerable-service"),
                        "{\"nameEn\":\"Vulnerable service\",\"nameJa\":\"脆弱なサービス\",\"version\":0,\"steps\":[{\"kind\":\"TASK\","
                                + "\"titleEn\":\"Scan\",\"titleJa\":\"スキャン\"}]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.steps.length()").value(1));
        mvc.perform(json(put("/api/v1/incidents/playbooks/vulnerable-service"),
                        "{\"nameEn\":\"x\",\"nameJa\":\"x\",\"version\":0,\"steps\":[{\"kind\":\"TASK\",\"titleEn\":\"a\",\"titleJa\":\"a\"}]}"))
                .andExpect(status().isConflict());
    }

    private JsonNode open(String title, String tlp) throws Exception {
        return JSON.readTree(mvc.perform(json(post("/api/v1/incidents"), PHISHING.formatted(title, tlp)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private String report(String summary) throws Exception {
        return JSON.readTree(mvc.perform(json(post("/api/v1/reports"), "{\"reporter\":\"r\",\"summary\":\"" + summary + "\"}"))
                .andReturn().getResponse().getContentAsString()).get("key").asString();
    }

    private org.springframework.test.web.servlet.ResultActions transition(String key, String body) throws Exception {
        return mvc.perform(json(post("/api/v1/incidents/" + key + "/transition"), body));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
