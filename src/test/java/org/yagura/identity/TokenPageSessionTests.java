package org.yagura.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yagura.identity.IdentityFixtures.ADMIN_TOKEN;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Pages requested with a bearer token are served without opening a session. */
@SpringBootTest
@AutoConfigureMockMvc
class TokenPageSessionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    SessionRegistry sessions;

    @Test
    void aPageRequestedWithATokenOpensNoSessionAndRegistersNone() throws Exception {
        int before = sessions.getAllPrincipals().stream().mapToInt(p -> sessions.getAllSessions(p, true).size()).sum();
        for (int i = 0; i < 20; i++) {
            MvcResult result = mvc.perform(get("/").header("Authorization", ADMIN_TOKEN))
                    .andExpect(status().isOk())
                    .andExpect(header().exists("Content-Security-Policy"))
                    .andExpect(header().doesNotExist("Set-Cookie"))
                    .andReturn();
            assertThat(result.getRequest().getSession(false)).isNull();
        }
        int after = sessions.getAllPrincipals().stream().mapToInt(p -> sessions.getAllSessions(p, true).size()).sum();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aPageRequestedWithAnUnknownTokenIs401() throws Exception {
        mvc.perform(get("/").header("Authorization", "Bearer ygr_not_a_token_at_all_0000000000000000"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aPageWithoutATokenStillRedirectsToTheSignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection());
    }
}
