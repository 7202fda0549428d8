package org.yagura.identity;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An API token without its secret. {@code prefix} is its first characters, to recognise it. */
public record ApiTokenSummary(UUID id, UUID userId, String name, String prefix, Instant createdAt,
        @Nullable Instant expiresAt, @Nullable Instant revokedAt, @Nullable Instant lastUsedAt, boolean active) {

    static ApiTokenSummary of(ApiToken t, Instant now) {
        return new ApiTokenSummary(t.id(), t.userId(), t.name(), t.tokenPrefix(), t.createdAt(), t.expiresAt(),
                t.revokedAt(), t.lastUsedAt(), t.isUsableAt(now));
    }
}
