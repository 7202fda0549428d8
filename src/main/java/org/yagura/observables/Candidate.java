package org.yagura.observables;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A value extracted from a record's text, staged until an analyst confirms, edits or drops it. */
public record Candidate(UUID id, ObservableType type, String value, String defanged, List<String> warninglists, Instant createdAt) {

    public Candidate {
        warninglists = List.copyOf(warninglists);
    }
}
