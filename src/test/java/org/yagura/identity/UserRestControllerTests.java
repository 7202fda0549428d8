package org.yagura.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
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
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

@SpringBootTest
@AutoConfigureMockMvc
class UserRestControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void createsUserWithOneTimePasswordThatMustBeChanged() throws Exception {
        String name = IdentityFixtures.uniqueName("otp");
        mvc.perform(post("/api/v1/users").header("Authorization", ADMIN_TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + name + "\",\"displayName\":\"山田 太郎\",\"role\":\"ANALYST\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.user.username").value(name))
                .andExpect(jsonPath("$.user.displayName").value("山田 太郎"))
                .andExpect(jsonPath("$.user.mustChangePassword").value(true))
                .andExpect(jsonPath("$.oneTimePassword").isString());
    }

    @Test
    void listsEachInvalidFieldWithItsReason() throws Exception {
        mvc.perform(post("/api/v1/users").header("Authorization", ADMIN_TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"\",\"displayName\":\"x\",\"email\":\"not-an-address\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("username")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("role")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("email")));
    }

    @Test
    void answersValidationErrorsInJapanese() throws Exception {
        mvc.perform(post("/api/v1/users").header("Authorization", ADMIN_TOKEN).header("Accept-Language", "ja")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"a\",\"displayName\":\"x\",\"role\":\"ANALYST\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("ユーザー名")));
    }

    @Test
    void refusesATakenUserName() throws Exception {
        String name = IdentityFixtures.uniqueName("dup");
        IdentityFixtures.createUser(mvc, name, Role.ANALYST);
        mvc.perform(post("/api/v1/users").header("Authorization", ADMIN_TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + name.toUpperCase() + "\",\"displayName\":\"x\",\"role\":\"ANALYST\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString(name)));
    }

    @Test
    void refusesAWeakPasswordNamingTheRule() throws Exception {
        mvc.perform(post("/api/v1/users").header("Authorization", ADMIN_TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"weakling\",\"displayName\":\"x\",\"role\":\"ANALYST\",\"password\":\"short\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("12")));
    }

    @Test
    void refusesMalformedJson() throws Exception {
        mvc.perform(post("/api/v1/users").header("Authorization", ADMIN_TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"x\", "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400));
        mvc.perform(post("/api/v1/users").header("Authorization", ADMIN_TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"x\",\"displayName\":\"x\",\"role\":\"KING\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void refusesAnOversizedBodyWith413() throws Exception {
        String big = "{\"username\":\"" + "x".repeat(1_100_000) + "\"}";
        mvc.perform(post("/api/v1/users").header("Authorization", ADMIN_TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .content(big))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void answersUnknownApiPathsWithProblemJson404() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing").header("Authorization", ADMIN_TOKEN).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void detectsConcurrentEdits() throws Exception {
        JsonNode user = IdentityFixtures.createUser(mvc, IdentityFixtures.uniqueName("edit"), Role.ANALYST);
        String id = user.get("id").asString();
        long version = user.get("version").asLong();
        String change = "{\"displayName\":\"%s\",\"role\":\"ANALYST\",\"version\":%d}";
        mvc.perform(patch("/api/v1/users/" + id).header("Authorization", ADMIN_TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .content(change.formatted("First", version)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.displayName").value("First"));
        mvc.perform(patch("/api/v1/users/" + id).header("Authorization", ADMIN_TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .content(change.formatted("Second", version)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void keepsUserAdministrationToAdministrators() throws Exception {
        JsonNode analyst = IdentityFixtures.createUser(mvc, IdentityFixtures.uniqueName("analyst"), Role.ANALYST);
        String token = IdentityFixtures.tokenFor(mvc, analyst.get("id").asString());
        mvc.perform(get("/api/v1/users").header("Authorization", token))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/me").header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("ANALYST"));
    }

    @Test
    void pagesThroughUsersWithACursor() throws Exception {
        String prefix = IdentityFixtures.uniqueName("page");
        for (int i = 0; i < 3; i++) {
            IdentityFixtures.createUser(mvc, prefix + "-" + i, Role.OBSERVER);
        }
        String first = mvc.perform(get("/api/v1/users").param("q", prefix).param("limit", "2").header("Authorization", ADMIN_TOKEN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andReturn().getResponse().getContentAsString();
        String next = IdentityFixtures.json(first).get("next").asString();
        mvc.perform(get("/api/v1/users").param("q", prefix).param("limit", "2").param("cursor", next)
                        .header("Authorization", ADMIN_TOKEN))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].username").value(prefix + "-2"))
                .andExpect(jsonPath("$.next").doesNotExist());
        mvc.perform(get("/api/v1/users").param("limit", "0").header("Authorization", ADMIN_TOKEN))
                .andExpect(status().isBadRequest());
    }

    @Test
    void neverDemotesTheLastAdministrator() throws Exception {
        String body = mvc.perform(get("/api/v1/me").header("Authorization", ADMIN_TOKEN)).andReturn().getResponse().getContentAsString();
        JsonNode admin = IdentityFixtures.json(body);
        assertThat(admin.get("role").asString()).isEqualTo("ADMINISTRATOR");
        mvc.perform(patch("/api/v1/users/" + admin.get("id").asString()).header("Authorization", ADMIN_TOKEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Administrator\",\"role\":\"ANALYST\"}"))
                .andExpect(status().isConflict());
    }
}
