package org.yagura.incidents.sla;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The clocks of one record, for the breach and at-risk flags of a list row. */
public record RecordSla(List<SlaClockView> clocks) {

    public static final RecordSla NONE = new RecordSla(List.of());

    public RecordSla {
        clocks = List.copyOf(clocks);
    }

    /** True when any clock is breached or was met late. */
    public boolean breached() {
        return clocks.stream().anyMatch(SlaClockView::breached);
    }

    /** True when any clock is at risk and none is breached. */
    public boolean atRisk() {
        return !breached() && clocks.stream().anyMatch(SlaClockView::atRisk);
    }

    /** The running or paused clock that falls due first, if any. */
    public Optional<SlaClockView> next() {
        return clocks.stream().filter(c -> c.stoppedAt() == null && c.dueAt() != null)
                .min(Comparator.comparing(SlaClockView::dueAt));
    }
}
