package org.yagura.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which entries to list; every criterion is optional. {@code action} matches as a prefix
 * ({@code user.} finds {@code user.created} and {@code user.disabled}); {@code from} is inclusive,
 * {@code to} exclusive, both on the time the change happened.
 */
public record AuditFilter(@Nullable String actor, @Nullable String action, @Nullable String subjectType,
        @Nullable String subjectId, @Nullable Instant from, @Nullable Instant to) {

    public AuditFilter {
        actor = blankToNull(actor);
        action = blankToNull(action);
        subjectType = blankToNull(subjectType);
        subjectId = blankToNull(subjectId);
    }

    /** No criteria: every entry. */
    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
