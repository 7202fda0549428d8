package org.yagura.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yagura.intake.ReportRestControllerTests.ADMIN;

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
class ReportPageControllerTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Test
    void showsTheTriageQueueInJapaneseAndEnglish() throws Exception {
        mvc.perform(get("/reports").header("Authorization", ADMIN).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("報告とトリアージ")))
                .andExpect(content().string(containsString("トリアージキュー")));
        mvc.perform(get("/reports?status=ALL").header("Authorization", ADMIN).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("All reports")));
    }

    @Test
    void entersAReportAndTriagesItFromThePages() throws Exception {
        mvc.perform(post("/reports").header("Authorization", ADMIN).header("Accept-Language", "en")
                        .param("reporter", "").param("summary", "x").param("tlp", "GREEN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("invalid-feedback")));
        String location = mvc.perform(post("/reports").header("Authorization", ADMIN)
                        .param("reporter", "電話: 総務部 佐藤").param("summary", "<script>alert(1)</script> 不審なメール")
                        .param("body", "line 1\n<b>line 2</b>").param("tlp", "GREEN"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/reports/RPT-\\d{4}-\\d{5}");
        mvc.perform(get(location).header("Authorization", ADMIN))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))))
                .andExpect(content().string(containsString("&lt;b&gt;line 2&lt;/b&gt;")));
        String key = location.substring("/reports/".length());
        mvc.perform(post(location + "/triage").header("Authorization", ADMIN).param("decision", "NOT_INCIDENT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("alert-danger")));
        mvc.perform(post(location + "/triage").header("Authorization", ADMIN).param("decision", "FORWARDED")
                        .param("forwardedTo", "JPCERT/CC").param("classification", "fraud/phishing"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/reports/" + key).header("Authorization", ADMIN))
                .andExpect(jsonPath("$.decision").value("FORWARDED"))
                .andExpect(jsonPath("$.channel").value("WEB_FORM"))
                .andExpect(jsonPath("$.classKey").value("fraud"));
    }

    @Test
    void triagesSelectedReportsAtOnce() throws Exception {
        String a = submit("a");
        String b = submit("b");
        mvc.perform(post("/reports/triage").header("Authorization", ADMIN).param("keys", a, b)
                        .param("decision", "NOT_INCIDENT").param("reason", "scanner noise").param("classification", "information-gathering/scanner"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/reports/" + b).header("Authorization", ADMIN))
                .andExpect(jsonPath("$.decisionReason").value("scanner noise"));
    }

    @Test
    void keepsRedReportsToTheirAuthorAndIntakeToAnalysts() throws Exception {
        JsonNode analyst = user("ANALYST");
        JsonNode observer = user("OBSERVER");
        String analystToken = token(analyst);
        String observerToken = token(observer);
        String red = JSON.readTree(mvc.perform(post("/api/v1/reports").header("Authorization", analystToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reporter\":\"r\",\"summary\":\"red\",\"tlp\":\"RED\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("key").asString();
        mvc.perform(get("/api/v1/reports/" + red).header("Authorization", analystToken)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/reports/" + red).header("Authorization", ADMIN)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reports/" + red).header("Authorization", observerToken)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reports?limit=500").header("Authorization", observerToken))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(red))));
        String csv = mvc.perform(get("/api/v1/reports/export").header("Authorization", observerToken))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("\"key\",\"received_at\"").doesNotContain(red);
        assertThat(mvc.perform(get("/reports/export.csv?status=ALL").header("Authorization", analystToken))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains(red);
        mvc.perform(post("/api/v1/reports").header("Authorization", observerToken).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reporter\":\"r\",\"summary\":\"s\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/reports/" + red + "/triage").header("Authorization", analystToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"NOT_INCIDENT\",\"reason\":\"x\",\"classKey\":\"test\",\"typeKey\":\"test\"}"))
                .andExpect(status().isForbidden());
    }

    private String submit(String summary) throws Exception {
        return JSON.readTree(mvc.perform(post("/api/v1/reports").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reporter\":\"page\",\"summary\":\"" + summary + "\"}"))
                .andReturn().getResponse().getContentAsString()).get("key").asString();
    }

    private JsonNode user(String role) throws Exception {
        String name = role.toLowerCase() + "-" + System.nanoTime();
        return JSON.readTree(mvc.perform(post("/api/v1/users").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + name + "\",\"displayName\":\"" + name + "\",\"role\":\"" + role
                                + "\",\"password\":\"Quiet-Watchtower-Lantern-7\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("user");
    }

    private String token(JsonNode user) throws Exception {
        return "Bearer " + JSON.readTree(mvc.perform(post("/api/v1/users/" + user.get("id").asString() + "/tokens")
                        .header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"t\"}"))
                .andReturn().getResponse().getContentAsString()).get("secret").asString();
    }
}
