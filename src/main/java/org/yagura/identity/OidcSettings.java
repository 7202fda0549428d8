package org.yagura.identity;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in through an OpenID Connect provider ({@code yagura.oidc.*}). With only the issuer given,
 * the provider's endpoints are discovered at start-up; they can also be given one by one.
 */
@ConfigurationProperties("yagura.oidc")
record OidcSettings(boolean enabled, @Nullable String issuerUri, @Nullable String clientId,
        @Nullable String clientSecret, @Nullable List<String> scopes, @Nullable String usernameClaim,
        boolean autoCreate, @Nullable Role defaultRole, @Nullable String authorizationUri, @Nullable String tokenUri,
        @Nullable String jwkSetUri, @Nullable String userInfoUri, @Nullable String displayName) {

    List<String> scopesOrDefault() {
        return scopes == null || scopes.isEmpty() ? List.of("openid", "profile", "email") : scopes;
    }

    String usernameClaimOrDefault() {
        return usernameClaim == null || usernameClaim.isBlank() ? "preferred_username" : usernameClaim;
    }

    Role defaultRoleOrObserver() {
        return defaultRole == null ? Role.OBSERVER : defaultRole;
    }
}
