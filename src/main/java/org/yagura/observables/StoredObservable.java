package org.yagura.observables;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A row of {@code observable}: the value plus the keys correlation looks up by (host, registered domain). */
record StoredObservable(UUID id, ObservableValue value, @Nullable String host, @Nullable String registeredDomain,
        int recordCount, boolean correlateOverride, Instant firstSeen, Instant lastSeen) {

    static StoredObservable fresh(ObservableValue value, Instant now) {
        String host = Correlatables.host(value);
        return new StoredObservable(ObservableIds.of(value), value, host, Correlatables.registeredDomain(value, host), 0,
                false, now, now);
    }
}
