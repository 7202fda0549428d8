package org.yagura.observables;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A value seen: by which sensor or person ({@code source}), when (default now), how many times (default 1),
 * optionally in a record (kind and key) the caller may read.
 */
public record NewSighting(@Nullable String value, @Nullable String type, @Nullable String otherType, @Nullable String source,
        @Nullable Instant seenAt, @Nullable Integer count, @Nullable String recordKind, @Nullable String recordKey) {
}
