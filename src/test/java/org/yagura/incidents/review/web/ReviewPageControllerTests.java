package org.yagura.incidents.review.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yagura.incidents.review.ReviewFixtures.ADMIN;

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
class ReviewPageControllerTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService details;
    @Autowired UserService users;
    @Autowired ApiTokenService tokens;

    @Test
    void showsTheReviewOnTheIncidentPageAndRefusesClosingWithAFormMessage() throws Exception {
        String key = open();
        mvc.perform(get("/incidents/" + key).header("Authorization", ADMIN).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/incidents/" + key + "/review\"")))
                .andExpect(content().string(containsString("href=\"/incidents/" + key + "/report.pdf\"")))
                .andExpect(content().string(containsString("報告書（Markdown）")));
        mvc.perform(get("/incidents/" + key + "/review").header("Authorization", ADMIN).header("HX-Request", "true")
                        .header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("事後レビュー（振り返り）")))
                .andExpect(content().string(containsString("優先度 P2 のインシデントは")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(post("/incidents/" + key + "/transition").header("Authorization", ADMIN).header("Accept-Language", "en")
                        .param("status", "CLOSED").param("resolution", "RESOLVED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("complete its post-incident review (summary and root cause) before closing it")));
        mvc.perform(post("/incidents/" + key + "/review").header("Authorization", ADMIN)
                        .param("summary", "Blocked in an hour").param("rootCause", "").param("version", "-1"))
                .andExpect(redirectedUrl("/incidents/" + key)).andExpect(flash().attribute("flash", "review.saved"));
        mvc.perform(post("/incidents/" + key + "/review/complete").header("Authorization", ADMIN).header("Accept-Language", "en")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A completed review needs a summary and a root cause.")))
                .andExpect(content().string(containsString("<html")));
        mvc.perform(post("/incidents/" + key + "/review").header("Authorization", ADMIN).header("Accept-Language", "en")
                        .param("summary", "Blocked").param("rootCause", "Old filter").param("version", "5"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Someone else changed this review")));
        mvc.perform(post("/incidents/" + key + "/review").header("Authorization", ADMIN)
                        .param("summary", "Blocked in an hour").param("rootCause", "Old **mail filter**").param("version", "0"))
                .andExpect(redirectedUrl("/incidents/" + key));
        mvc.perform(post("/incidents/" + key + "/review/complete").header("Authorization", ADMIN).param("version", "1"))
                .andExpect(redirectedUrl("/incidents/" + key)).andExpect(flash().attribute("flash", "review.completed"));
        mvc.perform(post("/incidents/" + key + "/transition").header("Authorization", ADMIN)
                        .param("status", "CLOSED").param("resolution", "RESOLVED"))
                .andExpect(redirectedUrl("/incidents/" + key));
    }

    @Test
    void addsActionItemsFromTheFormAndListsThemAcrossIncidents() throws Exception {
        ReviewFixtures.Staff observer = ReviewFixtures.staff(details, users, tokens, Role.OBSERVER);
        String key = open();
        mvc.perform(post("/incidents/" + key + "/review/actions").header("Authorization", ADMIN).header("Accept-Language", "en")
                        .param("title", "Turn on MFA").param("owner", "ghost-user"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("ghost-user")));
        mvc.perform(post("/incidents/" + key + "/review/actions").header("Authorization", ADMIN).header("Accept-Language", "en")
                        .param("title", "Turn on MFA").param("owner", "admin").param("dueDate", "01/12/2026"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("not a date")));
        mvc.perform(post("/incidents/" + key + "/review/actions").header("Authorization", ADMIN)
                        .param("title", "Turn on MFA <b>now</b>").param("owner", "admin").param("dueDate", "2020-01-31"))
                .andExpect(redirectedUrl("/incidents/" + key));
        mvc.perform(get("/incidents/reviews/actions?mine=true&overdue=true").header("Authorization", ADMIN)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Open action items from reviews")))
                .andExpect(content().string(containsString("Turn on MFA &lt;b&gt;now&lt;/b&gt;")))
                .andExpect(content().string(containsString("href=\"/incidents/" + key + "\"")))
                .andExpect(content().string(containsString("id=\"review-settings-form\"")));
        mvc.perform(get("/incidents/reviews/actions").header("Authorization", observer.bearer()).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("事後レビューの未完了アクション")))
                .andExpect(content().string(not(containsString("id=\"review-settings-form\""))));
        mvc.perform(get("/incidents/" + key + "/review").header("Authorization", observer.bearer()).header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("review-action-form"))));
        mvc.perform(post("/incidents/reviews/settings").header("Authorization", observer.bearer()).param("priority", "P4"))
                .andExpect(status().isForbidden());
    }

    @Test
    void teamLeadsChooseThePrioritiesOnTheListPage() throws Exception {
        try {
            mvc.perform(post("/incidents/reviews/settings").header("Authorization", ADMIN).param("priority", "P1", "P3"))
                    .andExpect(redirectedUrl("/incidents/reviews/actions"))
                    .andExpect(flash().attribute("flash", "review.settings.saved"));
            mvc.perform(get("/api/v1/incidents/review-settings").header("Authorization", ADMIN))
                    .andExpect(jsonPath("$.requiredPriorities.length()").value(2))
                    .andExpect(jsonPath("$.requiredPriorities[1]").value("P3"));
            mvc.perform(post("/incidents/reviews/settings").header("Authorization", ADMIN).param("priority", "P9"))
                    .andExpect(status().isBadRequest());
        } finally {
            mvc.perform(post("/incidents/reviews/settings").header("Authorization", ADMIN).param("priority", "P1", "P2"))
                    .andExpect(redirectedUrl("/incidents/reviews/actions"));
        }
    }

    private String open() throws Exception {
        return JSON.readTree(mvc.perform(post("/api/v1/incidents").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Page review\",\"classKey\":\"fraud\",\"typeKey\":\"phishing\",\"impact\":\"MEDIUM\","
                                + "\"urgency\":\"HIGH\",\"tlp\":\"AMBER\",\"pap\":\"AMBER\",\"personalDataBreach\":false}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("key").asString();
    }
}
