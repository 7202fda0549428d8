package org.yagura.incidents.sla;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Moves the due times of running business-hours clocks when the calendar or a holiday changes, in the same transaction. */
@Component
class SlaSettingsListener {

    private final SlaClockService clocks;

    SlaSettingsListener(SlaClockService clocks) {
        this.clocks = clocks;
    }

    @EventListener
    void on(SlaSettingsChanged event) {
        if (event.movesDueTimes()) {
            clocks.refreshAllDueTimes();
        }
    }
}
