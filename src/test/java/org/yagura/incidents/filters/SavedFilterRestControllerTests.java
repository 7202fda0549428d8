package org.yagura.incidents.filters;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The saved-filter API: create, read, replace, default, delete, and problem+json for bad input. */
@SpringBootTest
@AutoConfigureMockMvc
class SavedFilterRestControllerTests {

    private static final String ADMIN = "Bearer ygr_test_bootstrap_token_0123456789abcdefghij";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;

    @Test
    void createsReadsReplacesMakesDefaultAndDeletesAFilter() throws Exception {
        String name = "API filter " + UUID.randomUUID().toString().substring(0, 8);
        String created = mvc.perform(post("/api/v1/incidents/filters").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"filter\":{\"status\":\"OPEN\",\"queue\":\"ALL\",\"sla\":\"BREACHED\"}}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.query").value("queue=ALL&status=OPEN&sla=BREACHED"))
                .andExpect(jsonPath("$.filter.sla").value("BREACHED"))
                .andExpect(jsonPath("$.mine").value(true))
                .andExpect(jsonPath("$.isDefault").value(false))
                .andReturn().getResponse().getContentAsString();
        String id = JSON.readTree(created).get("id").asString();
        mvc.perform(get("/api/v1/incidents/filters").header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].name", hasItem(name)));
        mvc.perform(put("/api/v1/incidents/filters/" + id).header("Authorization", ADMIN).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + " renamed\",\"filter\":{\"priority\":\"P1\"},\"isDefault\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(name + " renamed"))
                .andExpect(jsonPath("$.query").value("priority=P1"))
                .andExpect(jsonPath("$.isDefault").value(true));
        mvc.perform(put("/api/v1/incidents/filters/" + id).header("Authorization", ADMIN).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"stale\",\"filter\":{}}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/incidents/filters/default").header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
        mvc.perform(delete("/api/v1/incidents/filters/" + id).header("Authorization", ADMIN))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/incidents/filters/default").header("Authorization", ADMIN))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/incidents/filters").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
        mvc.perform(get("/api/v1/incidents/filters/" + id).header("Authorization", ADMIN))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anUnknownFieldOrBadValueIsAProblemThatNamesIt() throws Exception {
        mvc.perform(post("/api/v1/incidents/filters").header("Authorization", ADMIN).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Bad\",\"filter\":{\"queue\":\"OPEN\",\"severity\":\"high\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("\"severity\"")));
        mvc.perform(post("/api/v1/incidents/filters").header("Authorization", ADMIN).header("Accept-Language", "ja")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Bad\",\"filter\":{\"priority\":\"P9\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("「priority」に「P9」は指定できません")));
        mvc.perform(post("/api/v1/incidents/filters").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"filter\":{}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(put("/api/v1/incidents/filters/default").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"filterId\":\"" + UUID.randomUUID() + "\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/incidents/filters")).andExpect(status().is4xxClientError());
    }
}
