package org.yagura.audit.rest;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.yagura.audit.AuditEntryView;

/** One audit entry as JSON; times are ISO-8601 instants in UTC. */
record AuditEntryResponse(long seq, Instant occurredAt, Instant recordedAt, String actor,
        @Nullable String clientAddress, String action, String subjectType, String subjectId, String summary,
        String prevHash, String hash) {

    static AuditEntryResponse from(AuditEntryView entry) {
        return new AuditEntryResponse(entry.seq(), entry.occurredAt(), entry.recordedAt(), entry.actor(),
                entry.clientAddress(), entry.action(), entry.subjectType(), entry.subjectId(), entry.summary(),
                entry.prevHash(), entry.hash());
    }
}
