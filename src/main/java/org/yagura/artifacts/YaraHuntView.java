package org.yagura.artifacts;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A retro-hunt: one rule set (or, when {@code ruleSetKey} is null, every enabled one) run over every
 * artifact stored before it started. {@code done} of {@code total} artifacts were scanned so far, with
 * {@code matches} rules matching and {@code errors} files that could not be scanned.
 */
public record YaraHuntView(UUID id, String key, @Nullable UUID ruleSetId, @Nullable String ruleSetKey,
        YaraHuntStatus status, int total, int done, int matches, int errors, @Nullable String lastError,
        boolean cancelRequested, String startedBy, Instant createdAt, @Nullable Instant finishedAt) {

    /** Progress in per cent, 100 when there was nothing to scan. */
    public int percent() {
        return total == 0 ? 100 : (int) Math.min(100, (done * 100L) / total);
    }
}
