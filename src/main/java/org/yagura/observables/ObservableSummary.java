package org.yagura.observables;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored observable as pages, the API and other modules see it: canonical and display form, the
 * defanged form for copying into mail, how many records it is linked to, and the warninglists it is on.
 * {@code recordCount} counts only the linked records the viewer may read, and stops at the too-common limit:
 * {@code tooCommon} true means "more than {@code recordCount}" readable records, and the value does not fan out in
 * correlation. {@code correlated} is false for known noise that nobody chose to correlate anyway.
 */
public record ObservableSummary(UUID id, ObservableType type, @Nullable String otherType, String value, String display,
        String defanged, Instant firstSeen, Instant lastSeen, int recordCount, boolean tooCommon, boolean correlateOverride,
        List<String> warninglists) {

    public ObservableSummary {
        warninglists = List.copyOf(warninglists);
    }

    /** Known noise (on a warninglist) is kept out of correlation unless someone overrode that. */
    public boolean correlated() {
        return warninglists.isEmpty() || correlateOverride;
    }
}
