package org.yagura.intake;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.yagura.shared.Actor;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.ConflictException;

/** Triage into an incident: one or many reports opened as one new incident, or attached to an existing one. */
@Component
class IncidentTriage {

    private final ReportRepository reports;
    private final ObjectProvider<IncidentDesk> desk;
    private final ApplicationEventPublisher events;

    IncidentTriage(ReportRepository reports, ObjectProvider<IncidentDesk> desk, ApplicationEventPublisher events) {
        this.reports = reports;
        this.desk = desk;
        this.events = events;
    }

    /** Decides readable, untriaged reports together; a stale {@code expectedVersion} (single report) is a 409. */
    List<ReportView> triage(List<ReportView> loaded, Triage triage, @Nullable Long expectedVersion) {
        for (ReportView r : loaded) {
            if (r.status() != ReportStatus.NEW) {
                throw new ConflictException("report.already-triaged", r.key());
            }
            if (expectedVersion != null && expectedVersion != r.version()) {
                throw new ObjectOptimisticLockingFailureException(ReportView.class, r.key());
            }
        }
        IncidentDesk incidents = desk.getIfAvailable();
        if (incidents == null) {
            throw new BadRequestException("report.incident.unavailable");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String by = Actor.current().username();
        TriageRules.apply(loaded.get(0), triage, by, now);
        String incidentKey = triage.decision() == TriageDecision.OPEN_INCIDENT ? incidents.open(loaded, triage)
                : incidents.attach(loaded, triage.incidentKey().strip());
        Triage decided = new Triage(triage.decision(), triage.classKey(), triage.typeKey(), triage.reason(), null, null, null,
                incidentKey);
        return loaded.stream().map(r -> {
            ReportView after = TriageRules.apply(r, decided, by, now);
            if (!reports.triage(after, r.version())) {
                throw new ObjectOptimisticLockingFailureException(ReportView.class, r.key());
            }
            events.publishEvent(new ReportChanged(Actor.current(), "report.triaged", r.id(), r.key(),
                    "decision: " + triage.decision() + TriageRules.describe(after)));
            return reports.findById(r.id()).orElseThrow();
        }).toList();
    }
}
