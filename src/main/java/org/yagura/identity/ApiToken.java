package org.yagura.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A named bearer token that acts with its user's rights; only its SHA-256 hash is stored. */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    private UUID id;
    private UUID userId;
    private String name;
    private String tokenHash;
    private String tokenPrefix;
    private Instant createdAt;
    private @Nullable Instant expiresAt;
    private @Nullable Instant revokedAt;
    private @Nullable Instant lastUsedAt;

    protected ApiToken() {
        // for JPA
    }

    ApiToken(UUID userId, String name, String tokenHash, String tokenPrefix, @Nullable Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.name = name.strip();
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        this.expiresAt = expiresAt;
    }

    boolean isUsableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    /** Revoking is final; revoking twice keeps the first time. */
    boolean revoke() {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return true;
    }

    UUID id() { return id; }
    UUID userId() { return userId; }
    String name() { return name; }
    String tokenPrefix() { return tokenPrefix; }
    Instant createdAt() { return createdAt; }
    @Nullable Instant expiresAt() { return expiresAt; }
    @Nullable Instant revokedAt() { return revokedAt; }
    @Nullable Instant lastUsedAt() { return lastUsedAt; }
}
