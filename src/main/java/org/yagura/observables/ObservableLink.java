package org.yagura.observables;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.yagura.shared.Tlp;

/** An observable tied to a record (kind and key, e.g. {@code report} and {@code RPT-2026-00042}), with its context. */
public record ObservableLink(UUID id, ObservableSummary observable, String recordKind, UUID recordId, String recordKey,
        LinkRole role, @Nullable Instant firstSeen, @Nullable Instant lastSeen, List<String> tags, @Nullable Tlp tlp,
        @Nullable String comment, String createdBy, Instant createdAt) {

    public ObservableLink {
        tags = List.copyOf(tags);
    }
}
