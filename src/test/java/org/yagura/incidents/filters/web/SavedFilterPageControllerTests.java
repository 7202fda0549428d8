package org.yagura.incidents.filters.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Saving the list's filters from the page, the default list, renaming and deleting, in both languages. */
@SpringBootTest
@AutoConfigureMockMvc
class SavedFilterPageControllerTests {

    private static final String ADMIN = "Bearer ygr_test_bootstrap_token_0123456789abcdefghij";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;

    @Test
    void savesTheCurrentFiltersOpensThemByDefaultRenamesAndDeletes() throws Exception {
        String name = "Page filter " + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/incidents/filters").header("Authorization", ADMIN)
                        .param("name", name).param("query", "queue=ALL&priority=P2&sla=AT_RISK&q=%E4%BE%B5%E5%AE%B3"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/incidents?queue=ALL&priority=P2&sla=AT_RISK&q=%E4%BE%B5%E5%AE%B3"))
                .andExpect(flash().attribute("flash", "incidents.filters.saved"));
        mvc.perform(get("/incidents?queue=ALL&priority=P2&sla=AT_RISK&q=侵害").header("Authorization", ADMIN)
                        .header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("この条件を保存")))
                .andExpect(content().string(containsString("期限間近")));
        String id = idOf(name);

        mvc.perform(post("/incidents/filters/" + id + "/default").header("Authorization", ADMIN))
                .andExpect(redirectedUrl("/incidents/filters"));
        mvc.perform(get("/incidents").header("Authorization", ADMIN))
                .andExpect(redirectedUrl("/incidents?queue=ALL&priority=P2&sla=AT_RISK&q=%E4%BE%B5%E5%AE%B3"));
        mvc.perform(get("/incidents/filters").header("Authorization", ADMIN).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("★ Default")));

        mvc.perform(post("/incidents/filters/" + id + "/rename").header("Authorization", ADMIN).param("name", name + " 改"))
                .andExpect(flash().attribute("flash", "incidents.filters.renamed"));
        mvc.perform(post("/incidents/filters/" + id + "/delete").header("Authorization", ADMIN))
                .andExpect(flash().attribute("flash", "incidents.filters.deleted"));
        mvc.perform(get("/incidents").header("Authorization", ADMIN).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(name))));
    }

    @Test
    void refusesAnUnknownFieldWithAMessageThatNamesIt() throws Exception {
        mvc.perform(post("/incidents/filters").header("Authorization", ADMIN).header("Accept-Language", "en")
                        .param("name", "Bad").param("query", "queue=OPEN&bogus=1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("filterError", containsString("\"bogus\"")));
        mvc.perform(post("/incidents/filters").header("Authorization", ADMIN).header("Accept-Language", "ja")
                        .param("name", "").param("query", "queue=OPEN"))
                .andExpect(flash().attribute("filterError", containsString("フィルター名は")));
    }

    private String idOf(String name) throws Exception {
        JsonNode items = JSON.readTree(mvc.perform(get("/api/v1/incidents/filters").header("Authorization", ADMIN))
                .andReturn().getResponse().getContentAsString()).get("items");
        for (JsonNode item : items) {
            if (item.get("name").asString().equals(name)) {
                return item.get("id").asString();
            }
        }
        throw new AssertionError("no filter " + name);
    }
}
