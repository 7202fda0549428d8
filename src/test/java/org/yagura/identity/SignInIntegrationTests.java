package org.yagura.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

@SpringBootTest
@AutoConfigureMockMvc
class SignInIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aWrongPasswordSaysNothingAboutTheUser() throws Exception {
        String existing = IdentityFixtures.uniqueName("real");
        IdentityFixtures.createUser(mvc, existing, Role.ANALYST);
        signIn(existing, "Wrong-Password-123").andExpect(redirectedUrl("/login?error"));
        signIn(IdentityFixtures.uniqueName("ghost"), "Wrong-Password-123").andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aSignInWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", IdentityFixtures.ADMIN_PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void locksANameAfterRepeatedFailuresWhetherItExistsOrNot() throws Exception {
        String existing = IdentityFixtures.uniqueName("lock");
        IdentityFixtures.createUser(mvc, existing, Role.ANALYST);
        String ghost = IdentityFixtures.uniqueName("nobody");
        for (String name : new String[] {existing, ghost}) {
            for (int i = 1; i < 5; i++) {
                signIn(name, "Wrong-Password-" + i).andExpect(redirectedUrl("/login?error"));
            }
            signIn(name, "Wrong-Password-5").andExpect(redirectedUrl("/login?locked"));
        }
        signIn(existing, IdentityFixtures.PASSWORD).andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void aOneTimePasswordMustBeChangedBeforeAnythingElse() throws Exception {
        String name = IdentityFixtures.uniqueName("first");
        String body = mvc.perform(post("/api/v1/users").header("Authorization", IdentityFixtures.ADMIN_TOKEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + name + "\",\"displayName\":\"First\",\"role\":\"ANALYST\"}"))
                .andReturn().getResponse().getContentAsString();
        String oneTime = IdentityFixtures.json(body).get("oneTimePassword").asString();
        MvcResult login = signIn(name, oneTime).andExpect(redirectedUrl("/account/password")).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").session(session))
                .andExpect(content().string(Matchers.containsString("password-required")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/reports\""))));
        mvc.perform(get("/api/v1/users").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", oneTime).param("newPassword", "short").param("confirmPassword", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("invalid-feedback")));
        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", oneTime)
                        .param("newPassword", IdentityFixtures.PASSWORD).param("confirmPassword", IdentityFixtures.PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        signIn(name, IdentityFixtures.PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void theStoredLanguageFollowsTheUserAcrossSessions() throws Exception {
        String name = IdentityFixtures.uniqueName("lang");
        IdentityFixtures.createUser(mvc, name, Role.OBSERVER);
        MockHttpSession session = (MockHttpSession) signIn(name, IdentityFixtures.PASSWORD).andReturn().getRequest().getSession();
        mvc.perform(get("/").session(session).header("Accept-Language", "en")).andExpect(content().string(Matchers.containsString("lang=\"en\"")));
        mvc.perform(post("/account/language").session(session).with(csrf()).param("language", "ja"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/").session(session).header("Accept-Language", "en"))
                .andExpect(content().string(Matchers.containsString("lang=\"ja\"")))
                .andExpect(content().string(Matchers.containsString("ようこそ")));
        MockHttpSession later = (MockHttpSession) signIn(name, IdentityFixtures.PASSWORD).andReturn().getRequest().getSession();
        mvc.perform(get("/").session(later).header("Accept-Language", "en")).andExpect(content().string(Matchers.containsString("lang=\"ja\"")));
        JsonNode me = IdentityFixtures.json(mvc.perform(get("/api/v1/me").session(later)).andReturn().getResponse().getContentAsString());
        org.assertj.core.api.Assertions.assertThat(me.get("language").asString()).isEqualTo("ja");
    }

    private org.springframework.test.web.servlet.ResultActions signIn(String username, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password));
    }
}
