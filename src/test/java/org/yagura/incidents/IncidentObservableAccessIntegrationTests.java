package org.yagura.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yagura.observables.ObservableFixtures.ADMIN;
import static org.yagura.observables.ObservableFixtures.json;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Incidents answer for their own visibility in SQL (team, constituency, TLP, participants): a value held by four
 * incidents of one team and one of no team is too common (limit 3) for a member of that team, and an ordinary value
 * counted once for an analyst of no team.
 */
@SpringBootTest(properties = "yagura.observables.too-common=3")
@AutoConfigureMockMvc
class IncidentObservableAccessIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void tooCommonAndCountsFollowTheTeamsOfTheReader() throws Exception {
        String[] member = analyst();
        String[] outsider = analyst();
        String team = json(mvc.perform(post("/api/v1/teams").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"corr-" + UUID.randomUUID().toString().substring(0, 8) + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
        mvc.perform(put("/api/v1/teams/" + team + "/members/" + member[0]).header("Authorization", ADMIN)).andExpect(status().is2xxSuccessful());
        String value = "team.incident-count.yagura-test.jp";
        for (int i = 0; i < 4; i++) {
            link(open("\"" + team + "\""), value);
        }
        String shared = open("null");
        link(shared, value);

        JsonNode forOutsider = correlation(outsider[1], shared);
        assertThat(forOutsider.get("status").asString()).isEqualTo("correlated");
        assertThat(forOutsider.get("observable").get("recordCount").asInt()).isEqualTo(1);
        assertThat(forOutsider.get("observable").get("tooCommon").asBoolean()).isFalse();
        assertThat(forOutsider.get("related")).isEmpty();

        JsonNode forMember = correlation(member[1], shared);
        assertThat(forMember.get("status").asString()).isEqualTo("too-common");
        assertThat(forMember.get("observable").get("recordCount").asInt()).isEqualTo(3);
        assertThat(forMember.get("observable").get("tooCommon").asBoolean()).isTrue();
    }

    private String open(String teamId) throws Exception {
        return json(mvc.perform(post("/api/v1/incidents").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Shared C2\",\"classKey\":\"malicious-code\",\"typeKey\":\"c2-server\",\"impact\":\"HIGH\","
                                + "\"urgency\":\"MEDIUM\",\"tlp\":\"AMBER\",\"pap\":\"AMBER\",\"personalDataBreach\":false,\"teamId\":" + teamId + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("key").asString();
    }

    private void link(String incident, String value) throws Exception {
        mvc.perform(post("/api/v1/observables/records/incident/" + incident).header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("[{\"value\":\"" + value + "\"}]")).andExpect(status().isOk());
    }

    private JsonNode correlation(String token, String incident) throws Exception {
        return json(mvc.perform(get("/api/v1/observables/records/incident/" + incident + "/correlation").header("Authorization", token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .get("observables").get(0);
    }

    /** An analyst: their id and the Authorization header value of a token. */
    private String[] analyst() throws Exception {
        String name = "analyst-" + UUID.randomUUID().toString().substring(0, 8);
        String id = json(mvc.perform(post("/api/v1/users").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + name + "\",\"displayName\":\"" + name + "\",\"role\":\"ANALYST\","
                                + "\"password\":\"Quiet-Watchtower-Lantern-7\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("user").get("id").asString();
        String token = json(mvc.perform(post("/api/v1/users/" + id + "/tokens").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"t\"}")).andReturn().getResponse().getContentAsString())
                .get("secret").asString();
        return new String[] {id, "Bearer " + token};
    }
}
