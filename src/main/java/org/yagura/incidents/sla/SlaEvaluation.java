package org.yagura.incidents.sla;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A clock at one moment: when it falls due ({@code null} while paused, because the due time moves
 * with the pause), how much counted time has passed, how much is left (negative once overdue),
 * the share of the target consumed in percent, and its state.
 */
public record SlaEvaluation(@Nullable Instant dueAt, Duration elapsed, Duration remaining, int percentConsumed,
        SlaState state) {
}
