package org.yagura.incidents;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an incident's journal; {@code occurredAt} is when it happened, {@code recordedAt} when it
 * was written down. {@code body} is in the reader's language for entries the system wrote after
 * messages existed ({@code message}: key and arguments, the same in every language); other entries
 * show their text as written.
 */
public record JournalEntry(UUID id, String incidentKey, long seq, JournalKind kind, String body, Instant occurredAt,
        Instant recordedAt, String recordedBy, @Nullable JournalMessage message) {

    public JournalEntry(UUID id, String incidentKey, long seq, JournalKind kind, String body, Instant occurredAt,
            Instant recordedAt, String recordedBy) {
        this(id, incidentKey, seq, kind, body, occurredAt, recordedAt, recordedBy, null);
    }
}
