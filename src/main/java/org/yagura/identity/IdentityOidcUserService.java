package org.yagura.identity;

import java.util.Optional;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.shared.Actor;

/**
 * Maps a user signed in at the OIDC provider to a Yagura account: by the provider's subject once
 * linked, else by user name claim, else by e-mail; optionally creates the account.
 */
class IdentityOidcUserService extends OidcUserService {

    private final OidcSettings settings;
    private final UserRepository users;
    private final UserService userService;

    IdentityOidcUserService(OidcSettings settings, UserRepository users, UserService userService) {
        this.settings = settings;
        this.users = users;
        this.userService = userService;
    }

    @Override
    @Transactional
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser external = super.loadUser(request);
        String subject = external.getIssuer() + "|" + external.getSubject();
        String username = external.getClaimAsString(settings.usernameClaimOrDefault());
        Optional<User> user = users.findByExternalSubject(subject)
                .or(() -> username == null ? Optional.empty() : users.findByUsername(User.normalise(username)))
                .or(() -> external.getEmail() == null ? Optional.empty() : users.findByEmailIgnoreCase(external.getEmail()));
        if (user.isEmpty() && settings.autoCreate() && username != null) {
            String name = external.getFullName() == null ? username : external.getFullName();
            userService.createAs(new NewUser(username, name, external.getEmail(), settings.defaultRoleOrObserver(), null, null),
                    Actor.named(username));
            user = users.findByUsername(User.normalise(username));
        }
        User found = user.filter(User::enabled).orElseThrow(() ->
                new OAuth2AuthenticationException(new OAuth2Error("access_denied", "no enabled Yagura account", null)));
        if (found.externalSubject() == null) {
            found.linkExternalSubject(subject);
        }
        return new YaguraPrincipal(found, external.getIdToken());
    }
}
