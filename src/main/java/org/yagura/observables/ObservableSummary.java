package org.yagura.observables;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored observable as pages, the API and other modules see it: canonical and display form, the
 * defanged form for copying into mail, how many records it is linked to, and the warninglists it is on.
 * {@code correlated} is false for known noise that nobody chose to correlate anyway.
 */
public record ObservableSummary(UUID id, ObservableType type, @Nullable String otherType, String value, String display,
        String defanged, Instant firstSeen, Instant lastSeen, int recordCount, boolean correlateOverride,
        List<String> warninglists) {

    public ObservableSummary {
        warninglists = List.copyOf(warninglists);
    }

    /** Known noise (on a warninglist) is kept out of correlation unless someone overrode that. */
    public boolean correlated() {
        return warninglists.isEmpty() || correlateOverride;
    }
}
