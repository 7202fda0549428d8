package org.yagura.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One recorded entry of the audit trail, as pages and the API show it. */
public record AuditEntryView(long seq, Instant occurredAt, Instant recordedAt, String actor,
        @Nullable String clientAddress, String action, String subjectType, String subjectId, String summary,
        String prevHash, String hash) {
}
