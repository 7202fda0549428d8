package org.yagura.incidents.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
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

/** The journal page, its JSON and CSV exports show system entries in the language of the request, with the key. */
@SpringBootTest
@AutoConfigureMockMvc
class JournalLanguageRestControllerTests {

    private static final String ADMIN = IncidentRestControllerTests.ADMIN;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;

    @Test
    void showsTheSameEntryInJapaneseAndInEnglish() throws Exception {
        String key = JSON.readTree(mvc.perform(post("/api/v1/incidents").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(IncidentRestControllerTests.PHISHING.formatted("Journal languages", "AMBER")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("key").asString();
        mvc.perform(post("/api/v1/incidents/" + key + "/transition").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"ANALYSIS\"}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/incidents/" + key + "/journal").header("Authorization", ADMIN).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[1].body").value("ステータス: 新規 → 分析"))
                .andExpect(jsonPath("$.items[1].message.key").value("incidents.journal.sys.status"))
                .andExpect(jsonPath("$.items[1].message.args[0].label").value("incidents.journal.v.status.NEW"));
        mvc.perform(get("/api/v1/incidents/" + key + "/journal").header("Authorization", ADMIN).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.items[1].body").value("status: NEW → ANALYSIS"))
                .andExpect(jsonPath("$.items[*].message.key", hasItem("incidents.journal.sys.opened")));

        String csv = mvc.perform(get("/api/v1/incidents/" + key + "/journal/export").header("Authorization", ADMIN)
                        .header("Accept-Language", "ja"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(csv).contains("\"body\",\"message_key\"")
                .contains("\"ステータス: 新規 → 分析\",\"incidents.journal.sys.status\"");

        mvc.perform(get("/incidents/" + key).header("Authorization", ADMIN).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ステータス: 新規 → 分析")));
        mvc.perform(get("/incidents/" + key).header("Authorization", ADMIN).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("status: NEW → ANALYSIS")));
    }
}
