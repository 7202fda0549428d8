package org.yagura.incidents.statement.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yagura.incidents.review.ReviewFixtures.ADMIN;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class MediaStatementPageControllerTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;

    @Test
    void draftsSubmitsAndShowsAStatementWithItsMarkdownSanitised() throws Exception {
        String key = open();
        mvc.perform(post("/incidents/" + key + "/statements").header("Authorization", ADMIN).header("Accept-Language", "en")
                        .param("title", "Notice").param("body", "text").param("language", "fr"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("The language must be ja or en.")));
        mvc.perform(post("/incidents/" + key + "/statements").header("Authorization", ADMIN).header("Accept-Language", "ja")
                        .param("title", "").param("body", "text").param("language", "ja"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("声明の件名を 300 文字以内で入力してください。")));
        mvc.perform(post("/incidents/" + key + "/statements").header("Authorization", ADMIN)
                        .param("title", "不審なメールのお知らせ").param("body", "**ご注意ください** <script>alert(1)</script>")
                        .param("language", "ja"))
                .andExpect(redirectedUrl("/incidents/" + key)).andExpect(flash().attribute("flash", "statement.drafted"));
        String id = JSON.readTree(mvc.perform(get("/api/v1/incidents/" + key + "/statements").header("Authorization", ADMIN))
                .andReturn().getResponse().getContentAsString()).get("items").get(0).get("id").asString();
        mvc.perform(get("/incidents/" + key + "/statements").header("Authorization", ADMIN).header("HX-Request", "true")
                        .header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>ご注意ください</strong>")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))))
                .andExpect(content().string(containsString("下書き")))
                .andExpect(content().string(containsString("承認を依頼")));
        mvc.perform(post("/incidents/" + key + "/statements/" + id + "/release").header("Authorization", ADMIN)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A statement can only be released once approved")));
        mvc.perform(post("/incidents/" + key + "/statements/" + id + "/submit").header("Authorization", ADMIN).param("version", "0"))
                .andExpect(redirectedUrl("/incidents/" + key)).andExpect(flash().attribute("flash", "statement.step.submit"));
        mvc.perform(post("/incidents/" + key + "/statements/" + id + "/approve").header("Authorization", ADMIN)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("approved by someone other than its author")));
        mvc.perform(post("/incidents/" + key + "/statements/" + id).header("Authorization", ADMIN).header("Accept-Language", "en")
                        .param("title", "Notice").param("body", "Edited").param("language", "en").param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Someone else changed this statement")));
        mvc.perform(get("/incidents/" + key + "/statements").header("Authorization", ADMIN).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Submitted")));
    }

    private String open() throws Exception {
        return JSON.readTree(mvc.perform(post("/api/v1/incidents").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Page statement\",\"classKey\":\"fraud\",\"typeKey\":\"phishing\",\"impact\":\"LOW\","
                                + "\"urgency\":\"LOW\",\"tlp\":\"AMBER\",\"pap\":\"AMBER\",\"personalDataBreach\":false}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("key").asString();
    }
}
