package org.yagura.incidents;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.yagura.incidents.sla.SlaClockService;
import org.yagura.incidents.sla.SlaKind;

/**
 * Drives an incident's SLA clocks from its lifecycle, by comparing the incident before and after a
 * change, inside the transaction of that change. See ADR 006 for why the clocks start and stop where they do.
 */
@Component
class IncidentSlaClocks {

    private final SlaClockService clocks;

    IncidentSlaClocks(SlaClockService clocks) {
        this.clocks = clocks;
    }

    /** The incident was opened or changed from {@code before} (null when just opened) to {@code after}. */
    void follow(@Nullable IncidentView before, IncidentView after, Instant now) {
        if (before == null) {
            // the response clocks count from when the team has the incident, not from when it happened
            for (SlaKind kind : new SlaKind[] {SlaKind.ACKNOWLEDGE, SlaKind.CONTAIN, SlaKind.RESOLVE}) {
                clocks.start(after.id(), kind, after.priority(), after.createdAt());
            }
        } else if (before.priority() != after.priority()) {
            clocks.reprioritise(after.id(), after.priority());
        }
        boolean wasBreach = before != null && before.personalDataBreach();
        if (after.personalDataBreach() && !wasBreach) {
            clocks.start(after.id(), SlaKind.BREACH_NOTIFICATION, after.priority(), notificationStart(after, now));
        } else if (!after.personalDataBreach() && wasBreach) {
            clocks.stop(after.id(), SlaKind.BREACH_NOTIFICATION, now);
        }
        if (before == null) {
            return;
        }
        if (after.acknowledgedAt() != null && before.acknowledgedAt() == null) {
            clocks.stop(after.id(), SlaKind.ACKNOWLEDGE, after.acknowledgedAt());
        }
        if (after.containedAt() != null && before.containedAt() == null) {
            clocks.stop(after.id(), SlaKind.CONTAIN, after.containedAt());
        }
        boolean closed = after.status() == IncidentStatus.CLOSED;
        if (closed && before.status() != IncidentStatus.CLOSED) {
            Instant at = after.closedAt() == null ? now : after.closedAt();
            // closing ends the response: whatever is still running is met (or met late) now
            for (SlaKind kind : SlaKind.values()) {
                clocks.stop(after.id(), kind, at);
            }
            if (clocks.waiting(after.id())) {
                clocks.resume(after.id(), at);
            }
        } else if (!closed && before.status() == IncidentStatus.CLOSED) {
            clocks.restart(after.id(), SlaKind.RESOLVE, after.priority(), now);
        }
    }

    /**
     * The 72-hour style deadline counts from when the breach was detected, if that is known and not in
     * the future, otherwise from the moment the incident is flagged.
     */
    private static Instant notificationStart(IncidentView incident, Instant now) {
        Instant detected = incident.detectedAt();
        return detected != null && !detected.isAfter(now) ? detected : now;
    }
}
