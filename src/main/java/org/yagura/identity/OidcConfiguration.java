package org.yagura.identity;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/** The OIDC client registration, present only when {@code yagura.oidc.enabled=true}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OidcSettings.class)
@ConditionalOnBooleanProperty("yagura.oidc.enabled")
class OidcConfiguration {

    static final String REGISTRATION_ID = "oidc";

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(OidcSettings settings) {
        if (settings.clientId() == null || settings.issuerUri() == null) {
            throw new IllegalStateException("yagura.oidc.enabled=true needs yagura.oidc.issuer-uri and yagura.oidc.client-id");
        }
        ClientRegistration.Builder builder = settings.authorizationUri() == null
                ? ClientRegistrations.fromIssuerLocation(settings.issuerUri()).registrationId(REGISTRATION_ID)
                : ClientRegistration.withRegistrationId(REGISTRATION_ID)
                        .issuerUri(settings.issuerUri())
                        .authorizationUri(settings.authorizationUri())
                        .tokenUri(settings.tokenUri())
                        .jwkSetUri(settings.jwkSetUri())
                        .userInfoUri(settings.userInfoUri());
        ClientRegistration registration = builder
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(settings.scopesOrDefault())
                .userNameAttributeName("sub")
                .clientName(settings.displayName() == null ? "OpenID Connect" : settings.displayName())
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    @Bean
    IdentityOidcUserService identityOidcUserService(OidcSettings settings, UserRepository users, UserService userService) {
        return new IdentityOidcUserService(settings, users, userService);
    }
}
