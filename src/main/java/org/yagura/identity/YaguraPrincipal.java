package org.yagura.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.yagura.shared.web.UserDisplay;

/**
 * The signed-in user, however they signed in (form, OIDC or API token). Equal by user id, so the
 * session registry finds every session of a user.
 */
public final class YaguraPrincipal implements UserDetails, OidcUser, CredentialsContainer, UserDisplay, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private @Nullable String passwordHash;
    private final @Nullable OidcIdToken idToken;

    YaguraPrincipal(User user, @Nullable OidcIdToken idToken) {
        this(user.id(), user.username(), user.displayName(), user.role(), user.enabled(),
                user.mustChangePassword() && idToken == null,
                user.passwordHash(), idToken);
    }

    private YaguraPrincipal(UUID id, String username, String displayName, Role role, boolean enabled,
            boolean mustChangePassword, @Nullable String passwordHash, @Nullable OidcIdToken idToken) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
        this.passwordHash = passwordHash;
        this.idToken = idToken;
    }

    /** The principal an API token acts for (no password hash: a token request never checks one). */
    static YaguraPrincipal ofToken(UUID id, String username, String displayName, Role role, boolean enabled,
            boolean mustChangePassword) {
        return new YaguraPrincipal(id, username, displayName, role, enabled, mustChangePassword, null, null);
    }

    /** The same principal after the user set a password of their own. */
    public YaguraPrincipal withPasswordChanged() {
        return new YaguraPrincipal(id, username, displayName, role, enabled, false, null, idToken);
    }

    public UUID id() {
        return id;
    }

    public Role role() {
        return role;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public boolean restricted() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken == null ? Map.of() : idToken.getClaims();
    }

    @Override
    public @Nullable OidcUserInfo getUserInfo() {
        return null;
    }

    @Override
    public @Nullable OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YaguraPrincipal p && p.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return username;
    }
}
