package org.yagura.artifacts;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a chain of custody, never changed once written: the acquisition, a transfer requested
 * ({@code transferId} is its own id) or confirmed by the receiving user (naming the request), or an
 * integrity verification with the hash computed and its result.
 */
public record CustodyEntry(UUID id, int seq, CustodyEntryType type, @Nullable String fromUser, @Nullable String toUser,
        @Nullable String purpose, @Nullable UUID transferId, @Nullable String verifiedSha256,
        @Nullable VerificationResult result, String actor, Instant at) {
}
