package org.yagura.identity;

import org.jspecify.annotations.Nullable;

/**
 * What it takes to create a user. Without a password a one-time password is generated, returned
 * once, and must be changed at the first sign-in.
 */
public record NewUser(String username, String displayName, @Nullable String email, Role role,
        @Nullable String password, @Nullable String constituency) {
}
