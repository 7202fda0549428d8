package org.yagura.observables;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reports, users and links for observable tests, made through the API as a client would. */
public final class ObservableFixtures {

    public static final String ADMIN = "Bearer ygr_test_bootstrap_token_0123456789abcdefghij";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ObservableFixtures() {
    }

    public static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    /** A new report (TLP as given) entered by the token's user; returns its key. */
    public static String report(MockMvc mvc, String token, String tlp, String body) throws Exception {
        String json = "{\"reporter\":\"fixture\",\"summary\":\"observables " + UUID.randomUUID() + "\",\"tlp\":\"" + tlp
                + "\",\"body\":" + JSON.writeValueAsString(body) + "}";
        return json(mvc.perform(post("/api/v1/reports").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content(json)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("key").asString();
    }

    /** Links values (JSON array of NewLink) to a report and returns the results. */
    public static JsonNode link(MockMvc mvc, String token, String reportKey, String items) throws Exception {
        return json(mvc.perform(post("/api/v1/observables/records/report/" + reportKey).header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content(items))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .get("results");
    }

    public static JsonNode correlation(MockMvc mvc, String token, String reportKey) throws Exception {
        return json(mvc.perform(get("/api/v1/observables/records/report/" + reportKey + "/correlation").header("Authorization", token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A user of the role with an API token; returns the Authorization header value. */
    public static String user(MockMvc mvc, String role) throws Exception {
        String name = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode user = json(mvc.perform(post("/api/v1/users").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + name + "\",\"displayName\":\"" + name + "\",\"role\":\"" + role
                                + "\",\"password\":\"Quiet-Watchtower-Lantern-7\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("user");
        return "Bearer " + json(mvc.perform(post("/api/v1/users/" + user.get("id").asString() + "/tokens")
                        .header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"t\"}"))
                .andReturn().getResponse().getContentAsString()).get("secret").asString();
    }
}
