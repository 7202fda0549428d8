package org.yagura.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yagura.identity.IdentityFixtures.ADMIN_TOKEN;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewTokenActsWithItsUsersRightsAndIsStoredOnlyAsAHash() throws Exception {
        JsonNode user = IdentityFixtures.createUser(mvc, IdentityFixtures.uniqueName("tok"), Role.INCIDENT_HANDLER);
        String own = IdentityFixtures.tokenFor(mvc, user.get("id").asString());
        String body = mvc.perform(post("/api/v1/me/tokens").header("Authorization", own)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"siem connector\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token.name").value("siem connector"))
                .andReturn().getResponse().getContentAsString();
        String secret = IdentityFixtures.json(body).get("secret").asString();
        assertThat(secret).startsWith("ygr_").hasSizeGreaterThan(40);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(user.get("username").asString()))
                .andExpect(jsonPath("$.role").value("INCIDENT_HANDLER"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM api_token WHERE token_hash = ?", Integer.class,
                ApiTokenService.hash(secret))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM api_token WHERE token_hash = ? OR token_prefix = ?",
                Integer.class, secret, secret)).isZero();
        mvc.perform(get("/api/v1/me/tokens").header("Authorization", own))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].secret").doesNotExist());
    }

    @Test
    void lastUseIsRecordedToTheMinuteWithoutAWritePerRequest() throws Exception {
        JsonNode user = IdentityFixtures.createUser(mvc, IdentityFixtures.uniqueName("use"), Role.ANALYST);
        String token = IdentityFixtures.tokenFor(mvc, user.get("id").asString());
        String hash = ApiTokenService.hash(token.substring("Bearer ".length()));
        mvc.perform(get("/api/v1/me").header("Authorization", token)).andExpect(status().isOk());
        java.sql.Timestamp first = jdbc.queryForObject("SELECT last_used_at FROM api_token WHERE token_hash = ?",
                java.sql.Timestamp.class, hash);
        assertThat(first).isNotNull();

        mvc.perform(get("/api/v1/me").header("Authorization", token)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT last_used_at FROM api_token WHERE token_hash = ?", java.sql.Timestamp.class, hash))
                .as("used again within the minute: not written").isEqualTo(first);

        jdbc.update("UPDATE api_token SET last_used_at = ? WHERE token_hash = ?",
                java.sql.Timestamp.from(first.toInstant().minusSeconds(120)), hash);
        mvc.perform(get("/api/v1/me").header("Authorization", token)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT last_used_at FROM api_token WHERE token_hash = ?", java.sql.Timestamp.class, hash))
                .as("last written two minutes ago: written now").isAfterOrEqualTo(first);
    }

    @Test
    void aRevokedTokenGets401() throws Exception {
        JsonNode user = IdentityFixtures.createUser(mvc, IdentityFixtures.uniqueName("rev"), Role.ANALYST);
        String token = IdentityFixtures.tokenFor(mvc, user.get("id").asString());
        String list = mvc.perform(get("/api/v1/me/tokens").header("Authorization", token)).andReturn().getResponse().getContentAsString();
        String tokenId = IdentityFixtures.json(list).get("items").get(0).get("id").asString();
        mvc.perform(delete("/api/v1/me/tokens/" + tokenId).header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        mvc.perform(get("/api/v1/me").header("Authorization", token))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anExpiredTokenGets401() throws Exception {
        JsonNode user = IdentityFixtures.createUser(mvc, IdentityFixtures.uniqueName("exp"), Role.ANALYST);
        String token = IdentityFixtures.tokenFor(mvc, user.get("id").asString());
        mvc.perform(get("/api/v1/me").header("Authorization", token)).andExpect(status().isOk());
        jdbc.update("UPDATE api_token SET expires_at = CURRENT_TIMESTAMP - INTERVAL '1' HOUR WHERE token_hash = ?",
                ApiTokenService.hash(token.substring(7)));
        mvc.perform(get("/api/v1/me").header("Authorization", token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void refusesAnExpiryInThePast() throws Exception {
        mvc.perform(post("/api/v1/me/tokens").header("Authorization", ADMIN_TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"old\",\"expiresAt\":\"2001-01-01T00:00:00Z\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void disablingAUserStopsTheirTokensAtOnce() throws Exception {
        JsonNode user = IdentityFixtures.createUser(mvc, IdentityFixtures.uniqueName("dis"), Role.ANALYST);
        String token = IdentityFixtures.tokenFor(mvc, user.get("id").asString());
        mvc.perform(patch("/api/v1/users/" + user.get("id").asString()).header("Authorization", ADMIN_TOKEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"gone\",\"role\":\"ANALYST\",\"enabled\":false}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(get("/api/v1/me").header("Authorization", token)).andExpect(status().isUnauthorized());
    }

    @Test
    void anotherUsersTokenCannotBeRevoked() throws Exception {
        JsonNode a = IdentityFixtures.createUser(mvc, IdentityFixtures.uniqueName("a"), Role.ANALYST);
        JsonNode b = IdentityFixtures.createUser(mvc, IdentityFixtures.uniqueName("b"), Role.ANALYST);
        String tokenA = IdentityFixtures.tokenFor(mvc, a.get("id").asString());
        String tokenB = IdentityFixtures.tokenFor(mvc, b.get("id").asString());
        String list = mvc.perform(get("/api/v1/me/tokens").header("Authorization", tokenB)).andReturn().getResponse().getContentAsString();
        String idOfB = IdentityFixtures.json(list).get("items").get(0).get("id").asString();
        mvc.perform(delete("/api/v1/me/tokens/" + idOfB).header("Authorization", tokenA)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me").header("Authorization", tokenB)).andExpect(status().isOk());
    }
}
