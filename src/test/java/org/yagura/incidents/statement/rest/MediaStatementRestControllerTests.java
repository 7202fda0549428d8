package org.yagura.incidents.statement.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yagura.incidents.review.ReviewFixtures.ADMIN;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.yagura.identity.ApiTokenService;
import org.yagura.identity.Role;
import org.yagura.identity.UserService;
import org.yagura.incidents.review.ReviewFixtures;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class MediaStatementRestControllerTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String INCIDENT = "{\"title\":\"Statement\",\"classKey\":\"fraud\",\"typeKey\":\"phishing\","
            + "\"impact\":\"LOW\",\"urgency\":\"LOW\",\"tlp\":\"AMBER\",\"pap\":\"AMBER\",\"personalDataBreach\":false}";
    private static final String DRAFT = "{\"title\":\"不正アクセスに関するお知らせ\",\"body\":\"調査中です。\",\"language\":\"ja\"}";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService details;
    @Autowired UserService users;
    @Autowired ApiTokenService tokens;

    @Test
    void takesAStatementFromDraftToReleaseWithAnApproverWhoIsNotTheAuthor() throws Exception {
        ReviewFixtures.Staff handler = ReviewFixtures.staff(details, users, tokens, Role.INCIDENT_HANDLER);
        ReviewFixtures.Staff lead = ReviewFixtures.staff(details, users, tokens, Role.TEAM_LEAD);
        String key = incident();
        String base = "/api/v1/incidents/" + key + "/statements";
        String id = JSON.readTree(call(post(base), handler, DRAFT).andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("DRAFT")).andExpect(jsonPath("$.author").value(handler.username()))
                .andReturn().getResponse().getContentAsString()).get("id").asString();
        call(post(base + "/" + id + "/release"), handler, "{}").andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        call(post(base + "/" + id + "/submit"), handler, "{\"version\":0}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SUBMITTED"));
        call(post(base + "/" + id + "/approve"), handler, "{}").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Only a team lead or an administrator may approve a media statement."));
        call(post(base + "/" + id + "/approve"), lead, "{\"version\":0}").andExpect(status().isConflict());
        call(post(base + "/" + id + "/approve"), lead, "{\"version\":1}").andExpect(status().isOk())
                .andExpect(jsonPath("$.approvedBy").value(lead.username()));
        call(put(base + "/" + id), handler, "{\"title\":\"お知らせ（第 2 報）\",\"body\":\"続報です。\",\"language\":\"ja\",\"version\":2}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.approvedBy").isEmpty());
        call(post(base + "/" + id + "/submit"), handler, "{}").andExpect(status().isOk());
        call(post(base + "/" + id + "/approve"), lead, "{}").andExpect(status().isOk());
        call(post(base + "/" + id + "/release"), handler, "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RELEASED")).andExpect(jsonPath("$.releasedBy").value(handler.username()));
        call(put(base + "/" + id), handler, DRAFT).andExpect(status().isConflict());
        mvc.perform(get(base).header("Authorization", ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].title").value("お知らせ（第 2 報）"));
        mvc.perform(get("/api/v1/incidents/" + key + "/journal?kind=COMMUNICATION").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.items.length()").value(7));
    }

    @Test
    void refusesApprovalByTheAuthorEvenWhenALeadWroteIt() throws Exception {
        ReviewFixtures.Staff lead = ReviewFixtures.staff(details, users, tokens, Role.TEAM_LEAD);
        String base = "/api/v1/incidents/" + incident() + "/statements";
        String id = JSON.readTree(call(post(base), lead, DRAFT).andReturn().getResponse().getContentAsString()).get("id").asString();
        call(post(base + "/" + id + "/submit"), lead, "{}").andExpect(status().isOk());
        call(post(base + "/" + id + "/approve"), lead, "{}").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("other than its author")));
    }

    @Test
    void namesWhatIsWrongWithAStatement() throws Exception {
        ReviewFixtures.Staff handler = ReviewFixtures.staff(details, users, tokens, Role.INCIDENT_HANDLER);
        ReviewFixtures.Staff observer = ReviewFixtures.staff(details, users, tokens, Role.OBSERVER);
        String key = incident();
        String base = "/api/v1/incidents/" + key + "/statements";
        call(post(base), handler, "{\"title\":\"t\",\"body\":\"b\",\"language\":\"fr\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("language")));
        call(post(base), handler, "{\"title\":\"\",\"body\":\"\",\"language\":\"en\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("body")));
        call(post(base), handler, "{\"title\":").andExpect(status().isBadRequest());
        call(post(base), observer, DRAFT).andExpect(status().isForbidden());
        call(post(base + "/00000000-0000-0000-0000-000000000000/submit"), handler, "{}").andExpect(status().isNotFound());
        call(post(base + "/not-a-uuid/submit"), handler, "{}").andExpect(status().isBadRequest());
        call(post("/api/v1/incidents/IR-1999-9999/statements"), handler, DRAFT).andExpect(status().isNotFound());
    }

    private String incident() throws Exception {
        return JSON.readTree(mvc.perform(post("/api/v1/incidents").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(INCIDENT))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("key").asString();
    }

    private ResultActions call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            ReviewFixtures.Staff who, String body) throws Exception {
        return mvc.perform(request.header("Authorization", who.bearer()).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
