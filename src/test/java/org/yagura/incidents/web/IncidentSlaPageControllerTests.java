package org.yagura.incidents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class IncidentSlaPageControllerTests {

    private static final String ADMIN = "Bearer ygr_test_bootstrap_token_0123456789abcdefghij";

    @Autowired
    MockMvc mvc;

    @Test
    void showsTheClocksOnTheIncidentPageAndTheFlagsInTheList() throws Exception {
        String location = open("SLA on the page");
        mvc.perform(get(location).header("Authorization", ADMIN).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"incident-sla\"")))
                .andExpect(content().string(containsString("data-sla-kind=\"ACKNOWLEDGE\"")))
                .andExpect(content().string(containsString("data-sla-kind=\"RESOLVE\"")))
                .andExpect(content().string(containsString("id=\"sla-pause\"")));
        mvc.perform(get("/incidents?queue=OPEN").header("Authorization", ADMIN).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("期限間近・超過")))
                .andExpect(content().string(containsString("class=\"sla-cell\"")))
                .andExpect(content().string(containsString("sla-next")));
        mvc.perform(get("/incidents?queue=AT_RISK").header("Authorization", ADMIN).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("At risk / overdue")))
                .andExpect(content().string(not(containsString(location + "\""))));
    }

    @Test
    void pausesAndResumesFromTheIncidentPageWithAndWithoutHtmx() throws Exception {
        String location = open("SLA buttons");
        mvc.perform(post(location + "/sla/pause").header("Authorization", ADMIN))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).header("Authorization", ADMIN).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("id=\"sla-waiting\"")))
                .andExpect(content().string(containsString("data-sla-state=\"PAUSED\"")))
                .andExpect(content().string(containsString("waiting for the constituent: SLA clocks paused")));
        String fragment = mvc.perform(post(location + "/sla/resume").header("Authorization", ADMIN)
                        .header("HX-Request", "true").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).startsWith("<div class=\"card mt-3\" id=\"incident-sla\">").contains("id=\"sla-pause\"")
                .doesNotContain("<html");
    }

    @Test
    void explainsWhyAResumeIsRefused() throws Exception {
        String location = open("SLA refused resume");
        mvc.perform(post(location + "/sla/resume").header("Authorization", ADMIN).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is not waiting for the constituent")));
        mvc.perform(post(location + "/sla/resume").header("Authorization", ADMIN).header("HX-Request", "true")
                        .header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"sla-problem\"")))
                .andExpect(content().string(containsString("依頼元の回答待ちではありません")));
    }

    private String open(String title) throws Exception {
        return mvc.perform(post("/incidents").header("Authorization", ADMIN).param("title", title)
                        .param("classification", "fraud/phishing").param("impact", "MEDIUM").param("urgency", "MEDIUM")
                        .param("tlp", "AMBER").param("pap", "GREEN"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }
}
