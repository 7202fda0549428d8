package org.yagura.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class WebShellIntegrationTests {

    private static final String ADMIN_TOKEN = "Bearer ygr_test_bootstrap_token_0123456789abcdefghij";

    @Autowired
    MockMvc mvc;

    @Test
    void sendsStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(content().string(not(containsString("<script>"))));
    }

    @Test
    void speaksTheBrowsersLanguageBeforeSignIn() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "ja,en;q=0.8"))
                .andExpect(content().string(containsString("<html lang=\"ja\">")))
                .andExpect(content().string(containsString("Yaguraにログイン")));
        mvc.perform(get("/login").header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(content().string(containsString("<html lang=\"en\">")))
                .andExpect(content().string(containsString("Sign in to Yagura")));
        mvc.perform(get("/login").header("Accept-Language", "fr"))
                .andExpect(content().string(containsString("<html lang=\"en\">")));
        mvc.perform(get("/login").param("lang", "ja").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("<html lang=\"ja\">")));
    }

    @Test
    void healthIsPublicAndMetricsAreNot() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/prometheus").header("Authorization", ADMIN_TOKEN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }

    @Test
    void publishesTheOpenApiDocument() throws Exception {
        mvc.perform(get("/api/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.paths['/api/v1/me']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users']").exists());
        mvc.perform(get("/api/docs")).andExpect(status().is3xxRedirection());
    }

    @Test
    void answersUnauthenticatedApiCallsWithProblemJson() throws Exception {
        mvc.perform(get("/api/v1/me").accept(MediaType.TEXT_HTML))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
