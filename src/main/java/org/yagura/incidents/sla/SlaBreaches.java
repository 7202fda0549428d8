package org.yagura.incidents.sla;

import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records breaches. The guarded update ({@code breached_at IS NULL}) lets one transaction win
 * when several nodes or threads notice the same breach, so {@link IncidentSlaBreached} is published
 * exactly once per clock, together with the update that recorded it.
 */
@Component
class SlaBreaches {

    private final SlaClockStore store;
    private final ApplicationEventPublisher events;

    SlaBreaches(SlaClockStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** A running clock found past its due time at {@code now}, in a transaction of its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean recordDue(SlaClockStore.Row clock, Instant now) {
        if (clock.dueAt() == null || !store.markDueBreached(clock.id(), now)) {
            return false;
        }
        events.publishEvent(new IncidentSlaBreached(clock.recordId(), clock.kind(), clock.dueAt(), SlaClockStore.micros(now)));
        return true;
    }

    /** A clock stopped after its due time, within the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean recordStoppedLate(SlaClockStore.Row clock, Instant dueAt, Instant at) {
        if (!store.markStoppedLate(clock.id(), at)) {
            return false;
        }
        events.publishEvent(new IncidentSlaBreached(clock.recordId(), clock.kind(), SlaClockStore.micros(dueAt),
                SlaClockStore.micros(at)));
        return true;
    }
}
