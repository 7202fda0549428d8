package org.yagura.incidents;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.yagura.intake.IncidentDesk;
import org.yagura.intake.ReportView;
import org.yagura.intake.Triage;
import org.yagura.shared.Actor;
import org.yagura.shared.Tlp;
import org.yagura.shared.api.ConflictException;
import org.yagura.taxonomy.Impact;
import org.yagura.taxonomy.Urgency;

/**
 * Intake's triage decisions "open new incident" and "attach to existing incident", carried out in
 * the triage transaction: the incident takes the reports, the journal says so, and the reports keep
 * their own history in intake.
 */
@Component
class ReportIncidentDesk implements IncidentDesk {

    private static final int TITLE_MAX = 300;
    private final IncidentService service;
    private final IncidentAccess access;
    private final IncidentReportLinks links;

    ReportIncidentDesk(IncidentService service, IncidentAccess access, IncidentReportLinks links) {
        this.service = service;
        this.access = access;
        this.links = links;
    }

    /** The incident is as restricted as the most restricted report, and dated by the earliest one. */
    @Override
    public String open(List<ReportView> reports, Triage triage) {
        ReportView first = reports.stream().min(Comparator.comparing(ReportView::receivedAt)).orElseThrow();
        Tlp tlp = reports.stream().map(ReportView::tlp).max(Comparator.naturalOrder()).orElseThrow();
        String title = first.summary().length() > TITLE_MAX ? first.summary().substring(0, TITLE_MAX) : first.summary();
        IncidentFields fields = IncidentFields.of(title, triage.classKey(), triage.typeKey(), Impact.MEDIUM, Urgency.MEDIUM, tlp);
        fields = new IncidentFields(fields.title(), triage.reason(), fields.classKey(), fields.typeKey(), fields.impact(),
                fields.urgency(), fields.tlp(), fields.pap(), null, null, null, null, null, null, null, first.receivedAt(),
                null, null, null, null, null, null, false, null);
        // whoever could read a TLP:RED report can read the incident made of it
        Incident incident = service.openIncident(fields, reports.stream()
                .filter(r -> r.tlp() == Tlp.RED && r.createdById() != null).map(ReportView::createdById)
                .collect(java.util.stream.Collectors.toSet()));
        take(incident, reports);
        return incident.key();
    }

    @Override
    public String attach(List<ReportView> reports, String incidentKey) {
        Incident incident = access.writable(incidentKey);
        if (!incident.status().isOpen()) {
            throw new ConflictException("incidents.closed", incidentKey);
        }
        take(incident, reports);
        return incident.key();
    }

    private void take(Incident incident, List<ReportView> reports) {
        Instant now = IncidentService.now();
        String by = Actor.current().username();
        for (ReportView r : reports) {
            links.link(incident.id(), r, by, now);
            access.record(incident, JournalKind.REPORT, "incident.report-attached",
                    JournalMessage.of("incidents.journal.sys.report-attached", r.key(), r.summary(), r.reporter(), r.receivedAt()));
        }
    }
}
