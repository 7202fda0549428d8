package org.yagura.incidents;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.incidents.sla.RecordSla;
import org.yagura.incidents.sla.SlaClockService;
import org.yagura.incidents.sla.SlaClockView;
import org.yagura.shared.api.ConflictException;

/**
 * The front door for an incident's SLA clocks as people see and steer them: reading the clocks,
 * the flags of a list page, and waiting for the constituent (pause) and its answer (resume).
 */
@Service
@Transactional
public class IncidentSlaService {

    private final IncidentAccess access;
    private final SlaClockService clocks;

    IncidentSlaService(IncidentAccess access, SlaClockService clocks) {
        this.access = access;
        this.clocks = clocks;
    }

    /** The incident's clocks and whether it waits for the constituent. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public IncidentSla of(String key) {
        Incident incident = access.readable(key);
        return new IncidentSla(incident.key(), clocks.waiting(incident.id()), clocks.clocksOf(incident.id()));
    }

    /** The clocks of the incidents of a list page, in one query; incidents without clocks are absent. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public Map<UUID, RecordSla> statesOf(Collection<IncidentView> incidents) {
        return clocks.statesOf(incidents.stream().map(IncidentView::id).toList());
    }

    /** The team now waits for the constituent: the response clocks stop counting (the notification deadline does not). */
    @PreAuthorize("hasRole('INCIDENT_HANDLER')")
    public IncidentSla pause(String key) {
        Incident incident = access.writable(key);
        if (!incident.status().isOpen()) {
            throw new ConflictException("incidents.closed", incident.key());
        }
        if (clocks.waiting(incident.id())) {
            throw new ConflictException("incidents.sla.already-waiting", incident.key());
        }
        clocks.pause(incident.id(), IncidentService.now());
        access.record(incident, JournalKind.STATUS, "incident.sla-paused", JournalMessage.of("incidents.journal.sys.sla-paused"));
        return of(key);
    }

    /** The constituent answered: the response clocks count again. Refused when the incident is not waiting. */
    @PreAuthorize("hasRole('INCIDENT_HANDLER')")
    public IncidentSla resume(String key) {
        Incident incident = access.writable(key);
        if (!clocks.waiting(incident.id())) {
            throw new ConflictException("incidents.sla.not-waiting", incident.key());
        }
        clocks.resume(incident.id(), IncidentService.now());
        access.record(incident, JournalKind.STATUS, "incident.sla-resumed", JournalMessage.of("incidents.journal.sys.sla-resumed"));
        return of(key);
    }

    /** An incident's clocks, in the order of their kinds, and whether it waits for the constituent. */
    public record IncidentSla(String key, boolean waiting, List<SlaClockView> clocks) {

        public IncidentSla {
            clocks = List.copyOf(clocks);
        }
    }
}
