package org.yagura.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A user account as other modules and the web layer see it. */
public record UserSummary(UUID id, String username, String displayName, @Nullable String email, Role role,
        @Nullable String constituency, boolean enabled, boolean mustChangePassword, @Nullable String language,
        @Nullable String timeZone, Instant createdAt, @Nullable Instant lastLoginAt, long version, List<TeamRef> teams) {

    /** A team the user belongs to. */
    public record TeamRef(UUID id, String name) {
    }

    static UserSummary of(User u, List<TeamRef> teams) {
        return new UserSummary(u.id(), u.username(), u.displayName(), u.email(), u.role(), u.constituency(), u.enabled(),
                u.mustChangePassword(), u.language(), u.zone() == null ? null : u.zone().getId(), u.createdAt(),
                u.lastLoginAt(), u.version(), teams);
    }
}
