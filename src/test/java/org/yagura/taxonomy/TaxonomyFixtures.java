package org.yagura.taxonomy;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Keys, labels, users and audit look-ups for the taxonomy tests. */
public final class TaxonomyFixtures {

    /** The bootstrap token of the test configuration (src/test/resources/config/application.properties). */
    public static final String ADMIN_TOKEN = "Bearer ygr_test_bootstrap_token_0123456789abcdefghij";
    private static final String PASSWORD = "Quiet-Watchtower-Lantern-7";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TaxonomyFixtures() {
    }

    /** A fresh key such as {@code phishing-kit-1a2b3c4d}. */
    public static String uniqueKey(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static TaxonomyLabels labels(String en, String ja) {
        return new TaxonomyLabels(en, ja, null, null);
    }

    /** Creates a user with the given role through the API, as an administrator, and returns an API token header for them. */
    public static String tokenForNewUser(MockMvc mvc, String role) throws Exception {
        String username = uniqueKey(role.toLowerCase());
        String user = mvc.perform(post("/api/v1/users").header("Authorization", ADMIN_TOKEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"%s","displayName":"Test %s","role":"%s","password":"%s"}"""
                                .formatted(username, username, role, PASSWORD)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String id = json(user).get("user").get("id").asString();
        String token = mvc.perform(post("/api/v1/users/" + id + "/tokens").header("Authorization", ADMIN_TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"test\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return "Bearer " + json(token).get("secret").asString();
    }

    public static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    /** Waits until the audit trail holds an entry with this action and subject, and returns its summary. */
    public static String awaitAudit(JdbcClient jdbc, String action, String subjectId) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc
                .sql("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND subject_id = ?")
                .params(action, subjectId).query(Long.class).single() > 0);
        return jdbc.sql("SELECT summary FROM audit_entry WHERE action = ? AND subject_id = ? ORDER BY seq DESC")
                .params(action, subjectId).query(String.class).list().get(0);
    }
}
