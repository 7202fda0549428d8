package org.yagura.artifacts;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yagura.artifacts.ArtifactFixtures.ADMIN;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A node without the yara command: the pages say so and the API answers 503 instead of saving unchecked rules. */
@SpringBootTest(properties = "yagura.artifacts.yara.command=/nonexistent/yara")
@AutoConfigureMockMvc
class YaraUnavailableTests {

    @Autowired
    MockMvc mvc;

    @Test
    void saysYaraIsMissingOnThePagesAndAnswers503() throws Exception {
        mvc.perform(get("/api/v1/yara/status").header("Authorization", ADMIN)).andExpect(jsonPath("$.available").value(false));
        mvc.perform(post("/api/v1/yara/rule-sets").header("Authorization", ADMIN).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(YaraRestControllerTests.body("Unchecked", "rule a { condition: true }", true, "AMBER")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("not installed")));
        mvc.perform(post("/api/v1/yara/hunts").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isServiceUnavailable());
        mvc.perform(get("/yara").header("Authorization", ADMIN).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"yara-unavailable\"")))
                .andExpect(content().string(containsString("yara コマンドがインストールされていない")));
        mvc.perform(post("/yara").header("Authorization", ADMIN).header("Accept-Language", "en")
                        .param("name", "Unchecked").param("source", "rule a { condition: true }"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The yara command is not installed")));
    }
}
