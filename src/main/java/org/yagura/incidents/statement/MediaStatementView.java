package org.yagura.incidents.statement;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A media statement as pages and the API see it. */
public record MediaStatementView(UUID id, String incidentKey, String title, String body, String language,
        MediaStatementState state, String author, @Nullable Instant submittedAt, @Nullable String approvedBy,
        @Nullable Instant approvedAt, @Nullable String releasedBy, @Nullable Instant releasedAt, Instant createdAt,
        String updatedBy, Instant updatedAt, long version) {
}
