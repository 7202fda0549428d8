package org.yagura.identity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Users and tokens for tests, made through the API as an administrator would. */
final class IdentityFixtures {

    /** The bootstrap token of the test configuration (src/test/resources/config/application.properties). */
    static final String ADMIN_TOKEN = "Bearer ygr_test_bootstrap_token_0123456789abcdefghij";
    static final String ADMIN_PASSWORD = "Test-Watchtower-Password-42";
    static final String PASSWORD = "Quiet-Watchtower-Lantern-7";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private IdentityFixtures() {
    }

    static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a user with {@link #PASSWORD} and returns the API's JSON for it. */
    static JsonNode createUser(MockMvc mvc, String username, Role role) throws Exception {
        String body = mvc.perform(post("/api/v1/users").header("Authorization", ADMIN_TOKEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"%s","displayName":"Test %s","role":"%s","password":"%s"}"""
                                .formatted(username, username, role, PASSWORD)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JSON.readTree(body).get("user");
    }

    /** Creates an API token for a user (as administrator) and returns the Authorization header value. */
    static String tokenFor(MockMvc mvc, String userId) throws Exception {
        String body = mvc.perform(post("/api/v1/users/" + userId + "/tokens").header("Authorization", ADMIN_TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"test\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return "Bearer " + JSON.readTree(body).get("secret").asString();
    }

    static JsonNode json(String body) {
        return JSON.readTree(body);
    }
}
