package org.yagura.intake;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.yagura.shared.Tlp;

/** A report as pages, the API and other modules see it. */
public record ReportView(UUID id, String key, Channel channel, @Nullable String source, @Nullable String externalReference,
        String reporter, Instant receivedAt, String summary, @Nullable String body, @Nullable String suggestedClass,
        @Nullable String suggestedType, Tlp tlp, ReportStatus status, @Nullable TriageDecision decision,
        @Nullable String decisionReason, @Nullable String duplicateOf, @Nullable String forwardedTo,
        @Nullable Instant forwardedAt, @Nullable String incidentKey, @Nullable String classKey, @Nullable String typeKey, @Nullable String triagedBy,
        @Nullable Instant triagedAt, String createdBy, @Nullable UUID createdById, Instant createdAt, long version) {
}
