package org.yagura.incidents;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.yagura.incidents.sla.IncidentSlaBreached;
import org.yagura.shared.Actor;

/** Writes a journal entry on the incident when one of its SLA clocks breaches (the audit trail has the event itself). */
@Component
class IncidentSlaBreachListener {

    private final IncidentRepository incidents;
    private final IncidentJournal journal;

    IncidentSlaBreachListener(IncidentRepository incidents, IncidentJournal journal) {
        this.incidents = incidents;
        this.journal = journal;
    }

    @ApplicationModuleListener
    void on(IncidentSlaBreached breach) {
        // clocks of other kinds of record are not incidents' business
        incidents.findById(breach.recordId()).ifPresent(incident -> journal.append(incident.id(), incident.key(),
                JournalKind.STATUS, JournalMessage.of("incidents.journal.sys.sla-breached",
                        JournalMessage.Arg.value("sla-kind", breach.kind()), breach.dueAt(), breach.breachedAt()),
                breach.breachedAt(), Actor.SYSTEM));
    }
}
