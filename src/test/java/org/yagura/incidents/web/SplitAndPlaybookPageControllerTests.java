package org.yagura.incidents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yagura.incidents.review.ReviewFixtures.ADMIN;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.yagura.identity.ApiTokenService;
import org.yagura.identity.Role;
import org.yagura.identity.UserService;
import org.yagura.incidents.review.ReviewFixtures;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class SplitAndPlaybookPageControllerTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService details;
    @Autowired UserService users;
    @Autowired ApiTokenService tokens;

    @Test
    void theSplitFormListsThePartsAndSaysWhatIsWrong() throws Exception {
        String key = mvc.perform(post("/incidents").header("Authorization", ADMIN).param("title", "Two stories in one")
                        .param("classification", "fraud/phishing").param("tlp", "AMBER"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl().replace("/incidents/", "");
        String taskJson = mvc.perform(post("/api/v1/incidents/" + key + "/tasks").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Call the bank\"}"))
                .andReturn().getResponse().getContentAsString();
        String task = JSON.readTree(taskJson).get("id").asString();
        mvc.perform(get("/incidents/" + key).header("Authorization", ADMIN).header("Accept-Language", "ja"))
                .andExpect(content().string(containsString("id=\"split-incident\""))).andExpect(content().string(containsString(">分割<")));
        mvc.perform(get("/incidents/" + key + "/split").header("Authorization", ADMIN).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + task + "\"")))
                .andExpect(content().string(containsString("新しいインシデントとして分割")))
                .andExpect(content().string(not(containsString("value=\"CLEAR\""))));
        mvc.perform(post("/incidents/" + key + "/split").header("Authorization", ADMIN).header("Accept-Language", "en")
                        .param("title", "Bank part"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose at least one")));
        mvc.perform(post("/incidents/" + key + "/split").header("Authorization", ADMIN).header("Accept-Language", "en")
                        .param("title", "Bank part").param("tasks", "not-a-uuid"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("could not be read")));
        mvc.perform(post("/incidents/" + key + "/split").header("Authorization", ADMIN).header("Accept-Language", "en")
                        .param("title", "Bank part").param("tasks", UUID.randomUUID().toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is not a task of incident " + key)));
        String child = mvc.perform(post("/incidents/" + key + "/split").header("Authorization", ADMIN)
                        .param("title", "Bank part").param("classification", "fraud/phishing").param("tlp", "AMBER")
                        .param("tasks", task).param("journal", "1"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(child).matches("/incidents/IR-\\d{4}-\\d{4}").isNotEqualTo("/incidents/" + key);
        mvc.perform(get(child).header("Authorization", ADMIN).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Call the bank")))
                .andExpect(content().string(containsString("split out of " + key)));
    }

    @Test
    void teamLeadsEditPlaybooksOnThePagesAndOthersOnlyReadThem() throws Exception {
        ReviewFixtures.Staff handler = ReviewFixtures.staff(details, users, tokens, Role.INCIDENT_HANDLER);
        ReviewFixtures.Staff lead = ReviewFixtures.staff(details, users, tokens, Role.TEAM_LEAD);
        mvc.perform(get("/incidents/playbooks").header("Authorization", handler.bearer()).header("Accept-Language", "ja"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("フィッシング")))
                .andExpect(content().string(containsString("変更できるのはチームリーダーと管理者のみです")))
                .andExpect(content().string(not(containsString("id=\"new-playbook\""))));
        mvc.perform(get("/incidents/playbooks/ddos").header("Authorization", handler.bearer()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<fieldset disabled")))
                .andExpect(content().string(not(containsString("id=\"playbook-save\""))));
        mvc.perform(get("/incidents/playbooks/new").header("Authorization", handler.bearer())).andExpect(status().isForbidden());
        String id = "web-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/incidents/playbooks").header("Authorization", handler.bearer()).param("id", id)
                        .param("classification", "fraud").param("nameEn", "Web").param("nameJa", "ウェブ")
                        .param("steps[0].order", "1").param("steps[0].kind", "TASK").param("steps[0].titleEn", "Look")
                        .param("steps[0].titleJa", "見る"))
                .andExpect(status().isForbidden());

        mvc.perform(get("/incidents/playbooks/new").header("Authorization", lead.bearer()).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"step-2-title-en\"")));
        mvc.perform(post("/incidents/playbooks").header("Authorization", lead.bearer()).header("Accept-Language", "en")
                        .param("id", id).param("classification", "fraud").param("nameEn", "Web").param("nameJa", "ウェブ")
                        .param("steps[0].order", "1").param("steps[0].kind", "TASK").param("steps[0].titleEn", "Look")
                        .param("steps[0].titleJa", "見る").param("steps[0].dueDays", "soon"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("whole number of days")));
        mvc.perform(post("/incidents/playbooks").header("Authorization", lead.bearer())
                        .param("id", id).param("classification", "fraud").param("nameEn", "Web").param("nameJa", "ウェブ")
                        .param("steps[0].order", "2").param("steps[0].kind", "TASK").param("steps[0].titleEn", "Look")
                        .param("steps[0].titleJa", "見る").param("steps[1].order", "1").param("steps[1].kind", "CONTAINMENT")
                        .param("steps[1].titleEn", "Block").param("steps[1].titleJa", "遮断する").param("steps[1].dueDays", "1")
                        .param("steps[2].order", "3").param("steps[2].titleEn", "").param("steps[2].titleJa", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/incidents/playbooks/" + id));
        mvc.perform(get("/api/v1/incidents/playbooks/" + id).header("Authorization", lead.bearer()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.steps[*].titleEn")
                        .value(org.hamcrest.Matchers.contains("Block", "Look")));
        mvc.perform(post("/incidents/playbooks/" + id + "/deprecation").header("Authorization", lead.bearer())
                        .param("deprecated", "true").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/incidents/playbooks/" + id + "/delete").header("Authorization", lead.bearer()).param("version", "1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/incidents/playbooks/" + id).header("Authorization", lead.bearer())).andExpect(status().isNotFound());
    }
}
