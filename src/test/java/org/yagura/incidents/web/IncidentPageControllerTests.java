package org.yagura.incidents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class IncidentPageControllerTests {

    private static final String ADMIN = "Bearer ygr_test_bootstrap_token_0123456789abcdefghij";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Test
    void showsTheQueuesInJapaneseAndEnglish() throws Exception {
        mvc.perform(get("/incidents").header("Authorization", ADMIN).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("自分の担当")))
                .andExpect(content().string(containsString("最近クローズ")));
        mvc.perform(get("/incidents?queue=UNASSIGNED&priority=P1").header("Authorization", ADMIN).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Unassigned")));
        mvc.perform(get("/incidents/new").header("Authorization", ADMIN).header("Accept-Language", "ja"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("影響分析")));
    }

    @Test
    void opensEditsAndMovesAnIncidentFromThePages() throws Exception {
        mvc.perform(post("/incidents").header("Authorization", ADMIN).header("Accept-Language", "en")
                        .param("title", "").param("classification", "fraud/phishing"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("invalid-feedback")));
        mvc.perform(post("/incidents").header("Authorization", ADMIN).header("Accept-Language", "en")
                        .param("title", "x").param("classification", "fraud/phishing").param("assignee", "ghost-user"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("ghost-user")));
        String location = mvc.perform(post("/incidents").header("Authorization", ADMIN)
                        .param("title", "不審なログイン <script>alert(1)</script>").param("classification", "intrusions/system-compromise")
                        .param("impact", "HIGH").param("urgency", "HIGH").param("tlp", "AMBER").param("pap", "GREEN")
                        .param("description", "**調査中**\n\n<img src=x onerror=alert(2)>")
                        .param("occurredAt", "2026-05-01T09:30").param("constituency", "Example Corp"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/incidents/IR-\\d{4}-\\d{4}");
        String key = location.substring("/incidents/".length());
        mvc.perform(get(location).header("Authorization", ADMIN).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(containsString("<strong>調査中</strong>")))
                .andExpect(content().string(not(containsString("<img"))))
                .andExpect(content().string(containsString("対応記録")));
        mvc.perform(post(location + "/transition").header("Authorization", ADMIN).header("Accept-Language", "en")
                        .param("status", "CLOSED"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose a resolution")));
        mvc.perform(post(location).header("Authorization", ADMIN).header("Accept-Language", "en")
                        .param("title", "Edited").param("classification", "intrusions/system-compromise").param("version", "99"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Someone else changed this incident")));
        mvc.perform(post(location + "/participants").header("Authorization", ADMIN).header("Accept-Language", "en")
                        .param("username", "nobody-at-all"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("No such user: nobody-at-all")));
        mvc.perform(post(location + "/participants").header("Authorization", ADMIN).param("username", "admin"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/tasks").header("Authorization", ADMIN).param("title", "Image the disk").param("kind", "TASK"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/journal").header("Authorization", ADMIN).param("kind", "NOTE").param("body", "Called **the ISP**"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/playbook").header("Authorization", ADMIN).param("playbook", "system-compromise"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/incidents/" + key + "/tasks").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.items.length()").value(7));
        mvc.perform(get(location + "?kind=NOTE").header("Authorization", ADMIN))
                .andExpect(content().string(containsString("Called <strong>the ISP</strong>")));
        String csv = mvc.perform(get(location + "/journal.csv").header("Authorization", ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Called **the ISP**", "TASK");
        mvc.perform(get(location + "/journal.json").header("Authorization", ADMIN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].kind").value("STATUS"));
        String list = mvc.perform(get("/incidents/export.csv?queue=ALL&constituency=example corp").header("Authorization", ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains(key);
    }

    @Test
    void triagesReportsIntoAnIncidentFromTheQueue() throws Exception {
        String a = report("queued a");
        String b = report("queued b");
        mvc.perform(post("/reports/triage").header("Authorization", ADMIN).param("keys", a, b)
                        .param("decision", "OPEN_INCIDENT").param("classification", "fraud/phishing"))
                .andExpect(status().is3xxRedirection());
        String incident = JSON.readTree(mvc.perform(get("/api/v1/reports/" + a).header("Authorization", ADMIN))
                .andReturn().getResponse().getContentAsString()).get("incidentKey").asString();
        mvc.perform(get("/api/v1/reports/" + b).header("Authorization", ADMIN)).andExpect(jsonPath("$.incidentKey").value(incident));
        mvc.perform(get("/reports/" + a).header("Authorization", ADMIN))
                .andExpect(content().string(containsString("/incidents/" + incident)));
        String c = report("queued c");
        mvc.perform(post("/reports/" + c + "/triage").header("Authorization", ADMIN).header("Accept-Language", "en")
                        .param("decision", "ATTACH_TO_INCIDENT"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Name the incident")));
        mvc.perform(post("/incidents/" + incident + "/reports").header("Authorization", ADMIN).param("reportKeys", c))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/incidents/" + incident).header("Authorization", ADMIN))
                .andExpect(content().string(containsString(a))).andExpect(content().string(containsString(c)));
    }

    private String report(String summary) throws Exception {
        return JSON.readTree(mvc.perform(post("/api/v1/reports").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reporter\":\"page\",\"summary\":\"" + summary + "\"}"))
                .andReturn().getResponse().getContentAsString()).get("key").asString();
    }
}
