package org.yagura.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/** With {@code yagura.oidc.enabled=true} the sign-in page offers single sign-on, which redirects to the provider. */
@SpringBootTest(properties = {
        "yagura.oidc.enabled=true",
        "yagura.oidc.issuer-uri=https://idp.example.test/realms/csirt",
        "yagura.oidc.client-id=yagura",
        "yagura.oidc.client-secret=s3cret",
        "yagura.oidc.authorization-uri=https://idp.example.test/realms/csirt/protocol/openid-connect/auth",
        "yagura.oidc.token-uri=https://idp.example.test/realms/csirt/protocol/openid-connect/token",
        "yagura.oidc.jwk-set-uri=https://idp.example.test/realms/csirt/protocol/openid-connect/certs",
        "yagura.oidc.user-info-uri=https://idp.example.test/realms/csirt/protocol/openid-connect/userinfo"})
@AutoConfigureMockMvc
class OidcSignInTests {

    @Autowired
    MockMvc mvc;

    @Test
    void offersSingleSignOnOnTheSignInPage() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(containsString("href=\"/oauth2/authorization/oidc\"")));
    }

    @Test
    void redirectsToTheProviderWithAnAuthorizationCodeRequest() throws Exception {
        String location = mvc.perform(get("/oauth2/authorization/oidc"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        UriComponents uri = UriComponentsBuilder.fromUri(URI.create(location)).build();
        assertThat(uri.getHost()).isEqualTo("idp.example.test");
        assertThat(uri.getPath()).isEqualTo("/realms/csirt/protocol/openid-connect/auth");
        assertThat(uri.getQueryParams().getFirst("response_type")).isEqualTo("code");
        assertThat(uri.getQueryParams().getFirst("client_id")).isEqualTo("yagura");
        assertThat(uri.getQueryParams().getFirst("scope")).contains("openid");
        assertThat(uri.getQueryParams().getFirst("state")).isNotBlank();
        assertThat(uri.getQueryParams().getFirst("nonce")).isNotBlank();
        assertThat(uri.getQueryParams().getFirst("redirect_uri")).contains("/login/oauth2/code/oidc");
    }

    @Test
    void aProtectedPageStillLeadsToTheSignInPage() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection());
    }
}
