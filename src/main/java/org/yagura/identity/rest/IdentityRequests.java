package org.yagura.identity.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.yagura.identity.Role;

/** Request bodies of the identity API. */
final class IdentityRequests {

    private IdentityRequests() {
    }

    record CreateUserRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String displayName,
            @Nullable @Email @Size(max = 320) String email, @NotNull Role role, @Nullable @Size(max = 256) String password,
            @Nullable @Size(max = 200) String constituency) {
    }

    record UpdateUserRequest(@NotBlank @Size(max = 200) String displayName, @Nullable @Email @Size(max = 320) String email,
            @NotNull Role role, @Nullable @Size(max = 200) String constituency, @Nullable Boolean enabled,
            @Nullable Long version) {
    }

    record ChangePasswordRequest(@NotBlank String currentPassword, @NotBlank @Size(max = 256) String newPassword) {
    }

    record PreferencesRequest(@Nullable String language, @Nullable String timeZone) {
    }

    record CreateTokenRequest(@NotBlank @Size(max = 100) String name, @Nullable Instant expiresAt) {
    }

    record TeamRequest(@NotBlank @Size(max = 100) String name, @Nullable @Size(max = 1000) String description,
            @Nullable Long version) {
    }
}
