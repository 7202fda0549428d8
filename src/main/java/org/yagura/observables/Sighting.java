package org.yagura.observables;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A recorded sighting of an observable. */
public record Sighting(UUID id, UUID observableId, Instant seenAt, int count, String source, @Nullable String recordKind,
        @Nullable String recordKey, String reportedBy) {

    /** The sightings of one observable: the latest ones, and the counts per day (UTC) over all of them. */
    public record History(ObservableSummary observable, long total, List<DailyCount> perDay, List<Sighting> latest) {
    }

    public record DailyCount(LocalDate day, long count) {
    }
}
