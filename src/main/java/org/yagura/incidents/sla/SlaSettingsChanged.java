package org.yagura.incidents.sla;

import org.yagura.shared.Actor;
import org.yagura.shared.AuditableEvent;

/**
 * SLA settings changed: {@code sla.targets-changed} (subject {@code targets}),
 * {@code sla.calendar-changed} (subject {@code calendar}), {@code sla.holiday-saved} and
 * {@code sla.holiday-removed} (subject the date, {@code yyyy-mm-dd}).
 */
public record SlaSettingsChanged(Actor actor, String action, String subjectType, String subjectId, String summary)
        implements AuditableEvent {

    static SlaSettingsChanged of(String action, String subjectId, String summary) {
        return new SlaSettingsChanged(Actor.current(), action, "sla-settings", subjectId, summary);
    }

    /** Whether due times of running clocks must be computed again. */
    boolean movesDueTimes() {
        return !"sla.targets-changed".equals(action);
    }
}
