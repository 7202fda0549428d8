package org.yagura.incidents.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
class SplitAndPlaybookRestControllerTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String INCIDENT = "{\"title\":\"%s\",\"classKey\":\"fraud\",\"typeKey\":\"phishing\",\"impact\":\"LOW\","
            + "\"urgency\":\"LOW\",\"tlp\":\"AMBER\",\"pap\":\"AMBER\",\"personalDataBreach\":false}";
    private static final String STEP = "{\"kind\":\"TASK\",\"titleEn\":\"%s\",\"titleJa\":\"%s\",\"descriptionEn\":\"Why\","
            + "\"descriptionJa\":\"理由\",\"dueDays\":%d}";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService details;
    @Autowired UserService users;
    @Autowired ApiTokenService tokens;

    @Test
    void splitsAnIncidentAndAnswersAProblemForEveryBadPart() throws Exception {
        String key = read(call(post("/api/v1/incidents"), ADMIN, INCIDENT.formatted("Mixed phishing waves"))
                .andExpect(status().isCreated())).get("key").asString();
        String task = read(call(post("/api/v1/incidents/" + key + "/tasks"), ADMIN, "{\"title\":\"Block parcel domain\"}"))
                .get("id").asString();
        String base = "/api/v1/incidents/" + key + "/split";
        problem(call(post(base), ADMIN, "{\"title\":\"Nothing\"}"), 400)
                .andExpect(jsonPath("$.detail").value(containsString("at least one")));
        String unknown = UUID.randomUUID().toString();
        problem(call(post(base), ADMIN, "{\"title\":\"x\",\"tasks\":[\"" + unknown + "\"]}"), 400)
                .andExpect(jsonPath("$.detail").value(containsString(unknown)));
        problem(call(post(base), ADMIN, "{\"title\":\"x\",\"reports\":[\"RPT-2026-99999\"]}"), 400)
                .andExpect(jsonPath("$.detail").value(containsString("RPT-2026-99999")));
        problem(call(post(base), ADMIN, "{\"title\":\"x\",\"journal\":[4242]}"), 400)
                .andExpect(jsonPath("$.detail").value(containsString("#4242")));
        problem(call(post(base), ADMIN, "{\"tasks\":[\"" + task + "\"]}"), 400)
                .andExpect(jsonPath("$.errors[*].field", hasItem("title")));
        problem(call(post(base), ADMIN, "{\"title\":\"x\",\"tasks\":[\"not-a-uuid\"]}"), 400);
        problem(call(post(base), ADMIN, "{\"title\":\"x\",\"tlp\":\"CLEAR\",\"tasks\":[\"" + task + "\"]}"), 400)
                .andExpect(jsonPath("$.detail").value(containsString("TLP:CLEAR")));
        problem(call(post("/api/v1/incidents/IR-1999-9999/split"), ADMIN, "{\"title\":\"x\",\"tasks\":[\"" + task + "\"]}"), 404);

        JsonNode child = read(call(post(base), ADMIN, "{\"title\":\"Parcel wave\",\"tasks\":[\"" + task + "\"],\"journal\":[1]}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/incidents/IR-"))));
        String childKey = child.get("key").asString();
        assertThat(child.get("parentKey").asString()).isEqualTo(key);
        assertThat(child.get("tlp").asString()).isEqualTo("AMBER");
        mvc.perform(get("/api/v1/incidents/" + childKey + "/tasks").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.items[0].title").value("Block parcel domain"));
        mvc.perform(get("/api/v1/incidents/" + childKey + "/journal").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.items[*].body", hasItem(containsString("[" + key + " #1, admin] opened:"))));
        mvc.perform(get("/api/v1/incidents/" + key + "/journal").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.items[*].body", hasItem(containsString("split out into " + childKey))));

        call(post("/api/v1/incidents/" + childKey + "/tasks/" + task + "/state"), ADMIN, "{\"state\":\"CANCELLED\",\"version\":1}")
                .andExpect(status().isOk());
        call(post("/api/v1/incidents/" + childKey + "/transition"), ADMIN, "{\"status\":\"CLOSED\",\"resolution\":\"FALSE_POSITIVE\"}")
                .andExpect(status().isOk());
        problem(call(post("/api/v1/incidents/" + childKey + "/split"), ADMIN, "{\"title\":\"x\",\"journal\":[1]}"), 409)
                .andExpect(jsonPath("$.detail").value(containsString(childKey)));
    }

    @Test
    void onlyTeamLeadsAndAdministratorsChangePlaybooks() throws Exception {
        ReviewFixtures.Staff handler = ReviewFixtures.staff(details, users, tokens, Role.INCIDENT_HANDLER);
        ReviewFixtures.Staff lead = ReviewFixtures.staff(details, users, tokens, Role.TEAM_LEAD);
        String id = "smishing-" + UUID.randomUUID().toString().substring(0, 8);
        String draft = "{\"id\":\"" + id + "\",\"classKey\":\"fraud\",\"typeKey\":\"phishing\",\"nameEn\":\"Smishing\","
                + "\"nameJa\":\"スミッシング\",\"steps\":[" + STEP.formatted("Collect the SMS", "SMSを保全する", 0) + "]}";
        problem(call(post("/api/v1/incidents/playbooks"), handler.bearer(), draft), 403);
        mvc.perform(get("/api/v1/incidents/playbooks").header("Authorization", handler.bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].id", hasItem("phishing")));

        call(post("/api/v1/incidents/playbooks"), lead.bearer(), draft).andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/incidents/playbooks/" + id))
                .andExpect(jsonPath("$.steps[0].dueDays").value(0)).andExpect(jsonPath("$.uses").value(0));
        problem(call(post("/api/v1/incidents/playbooks"), lead.bearer(), draft), 409);
        problem(call(post("/api/v1/incidents/playbooks"), lead.bearer(), draft.replace(id, "Bad Id")), 400)
                .andExpect(jsonPath("$.errors[*].field", hasItem("id")));
        problem(call(post("/api/v1/incidents/playbooks"), lead.bearer(), draft.replace(id, id + "-x").replace("\"fraud\"",
                "\"no-such-class\"").replace("\"phishing\"", "null")), 400)
                .andExpect(jsonPath("$.detail").value(containsString("no-such-class")));
        problem(call(post("/api/v1/incidents/playbooks"), lead.bearer(), draft.replace(id, id + "-y").replace(":0}", ":9999}")), 400)
                .andExpect(jsonPath("$.errors[*].field", hasItem(containsString("dueDays"))));

        String change = "{\"nameEn\":\"Smishing (SMS phishing)\",\"nameJa\":\"スミッシング（SMSフィッシング）\",\"version\":0,"
                + "\"steps\":[" + STEP.formatted("Warn users", "利用者へ注意喚起する", 1) + "," + STEP.formatted("Collect the SMS",
                "SMSを保全する", 0) + "]}";
        problem(call(put("/api/v1/incidents/playbooks/" + id), handler.bearer(), change), 403);
        call(put("/api/v1/incidents/playbooks/" + id), lead.bearer(), change).andExpect(status().isOk())
                .andExpect(jsonPath("$.steps[0].titleEn").value("Warn users")).andExpect(jsonPath("$.version").value(1));
        problem(call(put("/api/v1/incidents/playbooks/" + id), lead.bearer(), change), 409);

        String key = read(call(post("/api/v1/incidents"), handler.bearer(), INCIDENT.formatted("SMS with a fake parcel link")))
                .get("key").asString();
        call(post("/api/v1/incidents/" + key + "/playbooks/" + id), handler.bearer(), "").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].title").value("Warn users"))
                .andExpect(jsonPath("$.items[0].description").value("Why"));
        problem(call(delete("/api/v1/incidents/playbooks/" + id + "?version=1"), lead.bearer(), ""), 409)
                .andExpect(jsonPath("$.detail").value(containsString("deprecate")));
        problem(call(post("/api/v1/incidents/playbooks/" + id + "/deprecation"), handler.bearer(),
                "{\"deprecated\":true,\"version\":1}"), 403);
        call(post("/api/v1/incidents/playbooks/" + id + "/deprecation"), lead.bearer(), "{\"deprecated\":true,\"version\":1}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.deprecated").value(true));
        problem(call(post("/api/v1/incidents/" + key + "/playbooks/" + id), handler.bearer(), ""), 409);
        mvc.perform(get("/api/v1/incidents/playbooks/" + id).header("Authorization", handler.bearer()))
                .andExpect(jsonPath("$.uses").value(1)).andExpect(jsonPath("$.deprecated").value(true));
        problem(mvc.perform(get("/api/v1/incidents/playbooks/no-such-playbook").header("Authorization", ADMIN)), 404);
    }

    @Test
    void documentsSplitAndThePlaybookEditorInTheOpenApiDescription() throws Exception {
        mvc.perform(get("/api/openapi.json"))
                .andExpect(jsonPath("$.paths['/api/v1/incidents/{key}/split'].post.summary").value(containsString("Split")))
                .andExpect(jsonPath("$.paths['/api/v1/incidents/{key}/split'].post.responses['409']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/incidents/playbooks'].post.summary").isString())
                .andExpect(jsonPath("$.paths['/api/v1/incidents/playbooks/{id}'].delete.summary").isString())
                .andExpect(jsonPath("$.paths['/api/v1/incidents/playbooks/{id}/deprecation'].post.summary").isString())
                .andExpect(jsonPath("$.components.schemas.SplitParts.properties.journal").exists());
    }

    private ResultActions problem(ResultActions result, int status) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String bearer, String body) throws Exception {
        return mvc.perform(request.header("Authorization", bearer).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static JsonNode read(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString());
    }
}
