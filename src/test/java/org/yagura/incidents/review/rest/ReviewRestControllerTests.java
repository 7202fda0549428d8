package org.yagura.incidents.review.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yagura.incidents.review.ReviewFixtures.ADMIN;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yagura.identity.ApiTokenService;
import org.yagura.identity.Role;
import org.yagura.identity.UserService;
import org.yagura.incidents.review.ReviewFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class ReviewRestControllerTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String P1 = "{\"title\":\"%s\",\"classKey\":\"fraud\",\"typeKey\":\"phishing\",\"impact\":\"CRITICAL\","
            + "\"urgency\":\"CRITICAL\",\"tlp\":\"AMBER\",\"pap\":\"AMBER\",\"personalDataBreach\":false}";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService details;
    @Autowired UserService users;
    @Autowired ApiTokenService tokens;

    @Test
    void refusesClosingAP1IncidentWithAProblemUntilTheReviewIsComplete() throws Exception {
        String key = open("Ransomware on a file server");
        mvc.perform(get("/api/v1/incidents/" + key + "/review").header("Authorization", ADMIN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(-1))
                .andExpect(jsonPath("$.completedAt").isEmpty());
        transition(key, "en").andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Incident " + key
                        + " has priority P1: complete its post-incident review (summary and root cause) before closing it."));
        transition(key, "ja").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("事後レビュー")));
        mvc.perform(json(put("/api/v1/incidents/" + key + "/review"), "{\"summary\":\"Restored from backup\",\"version\":-1}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(0));
        mvc.perform(json(post("/api/v1/incidents/" + key + "/review/complete"), "{\"version\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("A completed review needs a summary and a root cause."));
        mvc.perform(json(put("/api/v1/incidents/" + key + "/review"),
                        "{\"summary\":\"Restored from backup\",\"rootCause\":\"RDP open to the internet\",\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(json(put("/api/v1/incidents/" + key + "/review"), "{\"summary\":\"late\",\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/incidents/" + key + "/review/complete").header("Authorization", ADMIN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.completedBy").value("admin"));
        transition(key, "en").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
    }

    @Test
    void namesWhatIsWrongWithAReviewOrAnActionItem() throws Exception {
        String key = open("Bad input");
        mvc.perform(json(put("/api/v1/incidents/" + key + "/review"), "{\"summary\":\"" + "x".repeat(20_001) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("summary")));
        mvc.perform(json(post("/api/v1/incidents/" + key + "/review/actions"), "{\"title\":\"\",\"owner\":\"admin\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("title")));
        mvc.perform(json(post("/api/v1/incidents/" + key + "/review/actions"), "{\"title\":\"Patch\",\"owner\":\"ghost-user\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("ghost-user")));
        mvc.perform(json(post("/api/v1/incidents/" + key + "/review/actions"),
                        "{\"title\":\"Patch\",\"owner\":\"admin\",\"dueDate\":\"tomorrow\"}"))
                .andExpect(status().isBadRequest());
        String id = JSON.readTree(mvc.perform(json(post("/api/v1/incidents/" + key + "/review/actions"),
                        "{\"title\":\"Patch\",\"owner\":\"admin\",\"dueDate\":\"2026-12-01\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("OPEN"))
                .andReturn().getResponse().getContentAsString()).get("id").asString();
        mvc.perform(json(post("/api/v1/incidents/" + key + "/review/actions/" + id + "/state"), "{\"state\":\"LOST\",\"version\":0}"))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/v1/incidents/" + key + "/review/actions/" + id + "/state"), "{\"state\":\"DONE\",\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("DONE"));
        mvc.perform(json(post("/api/v1/incidents/" + key + "/review/actions/" + id + "/state"), "{\"state\":\"OPEN\",\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(json(post("/api/v1/incidents/IR-1999-9999/review/actions"), "{\"title\":\"Patch\",\"owner\":\"admin\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/incidents/" + key + "/review/actions").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.items.length()").value(1));
    }

    @Test
    void listsOpenActionItemsOfTheCallerAndThoseOverdue() throws Exception {
        ReviewFixtures.Staff handler = ReviewFixtures.staff(details, users, tokens, Role.INCIDENT_HANDLER);
        String key = open("Action items");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        mvc.perform(json(post("/api/v1/incidents/" + key + "/review/actions"), "{\"title\":\"Overdue item\",\"owner\":\""
                + handler.username() + "\",\"dueDate\":\"" + today.minusDays(2) + "\"}")).andExpect(status().isCreated());
        mvc.perform(json(post("/api/v1/incidents/" + key + "/review/actions"), "{\"title\":\"Future item\",\"owner\":\""
                + handler.username() + "\",\"dueDate\":\"" + today.plusDays(20) + "\"}")).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/incidents/review-actions?mine=true").header("Authorization", handler.bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].title").value("Overdue item"));
        mvc.perform(get("/api/v1/incidents/review-actions?mine=true&overdue=true").header("Authorization", handler.bearer()))
                .andExpect(jsonPath("$.items.length()").value(1)).andExpect(jsonPath("$.items[0].incidentKey").value(key));
        mvc.perform(get("/api/v1/incidents/review-actions?mine=true").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.items[*].title", not(hasItem("Future item"))));
        mvc.perform(get("/api/v1/incidents/review-actions?mine=maybe").header("Authorization", ADMIN))
                .andExpect(status().isBadRequest());
    }

    @Test
    void onlyTeamLeadsChooseThePrioritiesThatNeedAReview() throws Exception {
        ReviewFixtures.Staff handler = ReviewFixtures.staff(details, users, tokens, Role.INCIDENT_HANDLER);
        ReviewFixtures.Staff lead = ReviewFixtures.staff(details, users, tokens, Role.TEAM_LEAD);
        mvc.perform(get("/api/v1/incidents/review-settings").header("Authorization", handler.bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.requiredPriorities.length()").value(2));
        mvc.perform(put("/api/v1/incidents/review-settings").header("Authorization", handler.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"requiredPriorities\":[]}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/v1/incidents/review-settings").header("Authorization", lead.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"requiredPriorities\":[\"P9\"]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/incidents/review-settings").header("Authorization", lead.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        try {
            mvc.perform(put("/api/v1/incidents/review-settings").header("Authorization", lead.bearer())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"requiredPriorities\":[\"P1\"]}"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.requiredPriorities[0]").value("P1"))
                    .andExpect(jsonPath("$.requiredPriorities.length()").value(1));
        } finally {
            mvc.perform(put("/api/v1/incidents/review-settings").header("Authorization", lead.bearer())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"requiredPriorities\":[\"P1\",\"P2\"]}"))
                    .andExpect(status().isOk());
        }
    }

    private String open(String title) throws Exception {
        JsonNode opened = JSON.readTree(mvc.perform(json(post("/api/v1/incidents"), P1.formatted(title)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        return opened.get("key").asString();
    }

    private ResultActions transition(String key, String language) throws Exception {
        return mvc.perform(json(post("/api/v1/incidents/" + key + "/transition"),
                "{\"status\":\"CLOSED\",\"resolution\":\"RESOLVED\"}").header("Accept-Language", language));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
