package org.yagura.incidents.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.yagura.taxonomy.Priority;

/**
 * One clock of a record as it stands now. {@code dueAt} is null while the record waits for the
 * constituent; {@code remaining} is negative once overdue; {@code breachedAt} is when the breach was
 * recorded (and {@link IncidentSlaBreached} published).
 */
public record SlaClockView(UUID recordId, SlaKind kind, Priority priority, Instant startedAt, Duration target,
        boolean businessHours, @Nullable Instant dueAt, Duration elapsed, Duration remaining, int percentConsumed,
        SlaState state, @Nullable Instant stoppedAt, @Nullable Instant breachedAt) {

    /** True when the clock is breached now or was met late. */
    public boolean breached() {
        return state.breached();
    }

    public boolean atRisk() {
        return state == SlaState.AT_RISK;
    }

    /** The time left as {@code H:MM}, with a minus sign once overdue ({@code -0:05}). */
    public String remainingClock() {
        long minutes = Math.abs(remaining.toMinutes());
        return (remaining.isNegative() ? "-" : "") + minutes / 60 + ":" + String.format("%02d", minutes % 60);
    }
}
