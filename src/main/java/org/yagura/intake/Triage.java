package org.yagura.intake;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A triage decision with the classification chosen: the reason (for {@code NOT_INCIDENT}), the other
 * report's key (for {@code DUPLICATE}), the receiving team and time (for {@code FORWARDED}) or the
 * incident's key (for {@code ATTACH_TO_INCIDENT}).
 */
public record Triage(
        @NotNull TriageDecision decision,
        @Nullable @Pattern(regexp = "[a-z0-9-]{2,64}", message = "{report.classification.invalid}") String classKey,
        @Nullable @Pattern(regexp = "[a-z0-9-]{2,64}", message = "{report.classification.invalid}") String typeKey,
        @Nullable @Size(max = 2000) String reason,
        @Nullable @Size(max = 20) String duplicateOf,
        @Nullable @Size(max = 200) String forwardedTo,
        @Nullable Instant forwardedAt,
        @Nullable @Size(max = 20) String incidentKey) {

    /** A decision that needs no incident key. */
    public Triage(TriageDecision decision, @Nullable String classKey, @Nullable String typeKey, @Nullable String reason,
            @Nullable String duplicateOf, @Nullable String forwardedTo, @Nullable Instant forwardedAt) {
        this(decision, classKey, typeKey, reason, duplicateOf, forwardedTo, forwardedAt, null);
    }
}
