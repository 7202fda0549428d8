package org.yagura.artifacts;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reports, users and artifacts for tests, made through the API as a client would. */
final class ArtifactFixtures {

    /** The bootstrap token of the test configuration (src/test/resources/config/application.properties). */
    static final String ADMIN = "Bearer ygr_test_bootstrap_token_0123456789abcdefghij";
    static final String PASSWORD = "Quiet-Watchtower-Lantern-7";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ArtifactFixtures() {
    }

    static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    /** A new report entered by the administrator, with the given TLP; returns its key. */
    static String report(MockMvc mvc, String tlp) throws Exception {
        String body = mvc.perform(post("/api/v1/reports").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reporter\":\"soc@example.jp\",\"summary\":\"Suspicious attachment\",\"tlp\":\"" + tlp + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json(body).get("key").asString();
    }

    /** Uploads files to a report as {@code token} and returns the created artifacts. */
    static JsonNode upload(MockMvc mvc, String token, String report, MockMultipartFile... files) throws Exception {
        var request = multipart("/api/v1/reports/" + report + "/artifacts").header("Authorization", token);
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        String body = mvc.perform(request).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json(body).get("items");
    }

    static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("files", name, "application/octet-stream", content);
    }

    /** Polls the artifact until its analysis is no longer waiting or running, and returns it. */
    static JsonNode awaitAnalysis(MockMvc mvc, String key) {
        JsonNode[] last = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String body = mvc.perform(get("/api/v1/artifacts/" + key).header("Authorization", ADMIN))
                    .andReturn().getResponse().getContentAsString();
            last[0] = json(body);
            String s = last[0].get("analysisStatus").asString();
            return s.equals("DONE") || s.equals("FAILED");
        });
        return last[0];
    }

    /** A user of the role with an API token; returns the Authorization header value. */
    static String user(MockMvc mvc, String role) throws Exception {
        String name = role.toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        String created = mvc.perform(post("/api/v1/users").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"%s\",\"displayName\":\"Test %s\",\"role\":\"%s\",\"password\":\"%s\"}"
                                .formatted(name, name, role, PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = json(created).get("user").get("id").asString();
        String token = mvc.perform(post("/api/v1/users/" + id + "/tokens").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"test\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return "Bearer " + json(token).get("secret").asString();
    }

    static String username(MockMvc mvc, String token) throws Exception {
        return json(mvc.perform(get("/api/v1/me").header("Authorization", token)).andReturn().getResponse()
                .getContentAsString()).get("username").asString();
    }
}
