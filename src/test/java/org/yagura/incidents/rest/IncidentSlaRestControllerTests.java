package org.yagura.incidents.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class IncidentSlaRestControllerTests {

    private static final String ADMIN = IncidentRestControllerTests.ADMIN;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Test
    void returnsTheClocksOfAnIncidentAndPausesAndResumesThem() throws Exception {
        String key = open("SLA over the API");
        mvc.perform(get("/api/v1/incidents/" + key + "/sla").header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.key").value(key))
                .andExpect(jsonPath("$.waiting").value(false))
                .andExpect(jsonPath("$.clocks[*].kind", hasItem("ACKNOWLEDGE")))
                .andExpect(jsonPath("$.clocks[2].kind").value("RESOLVE"))
                .andExpect(jsonPath("$.clocks[0].state").value("RUNNING"))
                .andExpect(jsonPath("$.clocks[0].dueAt").isNotEmpty());
        mvc.perform(post("/api/v1/incidents/" + key + "/sla/pause").header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.waiting").value(true))
                .andExpect(jsonPath("$.clocks[0].state").value("PAUSED"));
        mvc.perform(post("/api/v1/incidents/" + key + "/sla/resume").header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.waiting").value(false))
                .andExpect(jsonPath("$.clocks[0].state").value("RUNNING"));
    }

    @Test
    void refusesToResumeAnIncidentThatIsNotWaitingOrToPauseItTwice() throws Exception {
        String key = open("SLA bad input");
        mvc.perform(post("/api/v1/incidents/" + key + "/sla/resume").header("Authorization", ADMIN)
                        .header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("is not waiting for the constituent")));
        mvc.perform(post("/api/v1/incidents/" + key + "/sla/pause").header("Authorization", ADMIN))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/incidents/" + key + "/sla/pause").header("Authorization", ADMIN)
                        .header("Accept-Language", "ja"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("既に依頼元の回答待ち")));
        mvc.perform(get("/api/v1/incidents/IR-1999-9999/sla").header("Authorization", ADMIN))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/incidents/" + key + "/sla/pause"))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void listsAnOverdueIncidentInTheAtRiskQueue() throws Exception {
        String body = IncidentRestControllerTests.PHISHING.formatted("SLA overdue over the API", "AMBER")
                .replace("\"personalDataBreach\":false", "\"personalDataBreach\":true,\"detectedAt\":\"2020-01-01T00:00:00Z\"");
        String key = JSON.readTree(mvc.perform(post("/api/v1/incidents").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("key").asString();
        mvc.perform(get("/api/v1/incidents/" + key + "/sla").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.clocks[3].kind").value("BREACH_NOTIFICATION"))
                .andExpect(jsonPath("$.clocks[3].state").value("BREACHED"));
        mvc.perform(get("/api/v1/incidents?queue=AT_RISK&limit=500").header("Authorization", ADMIN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].key", hasItem(key)));
    }

    private String open(String title) throws Exception {
        return JSON.readTree(mvc.perform(post("/api/v1/incidents").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(IncidentRestControllerTests.PHISHING.formatted(title, "AMBER")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("key").asString();
    }
}
