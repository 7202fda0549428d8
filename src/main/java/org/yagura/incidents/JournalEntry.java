package org.yagura.incidents;

import java.time.Instant;
import java.util.UUID;

/** One entry of an incident's journal; {@code occurredAt} is when it happened, {@code recordedAt} when it was written down. */
public record JournalEntry(UUID id, String incidentKey, long seq, JournalKind kind, String body, Instant occurredAt,
        Instant recordedAt, String recordedBy) {
}
