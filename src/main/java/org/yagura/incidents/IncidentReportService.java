package org.yagura.incidents;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.intake.ReportService;
import org.yagura.intake.ReportView;
import org.yagura.intake.Triage;
import org.yagura.intake.TriageDecision;
import org.yagura.shared.api.NotFoundException;

/** The front door for reports and incidents: opening an incident from reports, attaching reports, listing them. */
@Service
@Transactional
public class IncidentReportService {

    private final ReportService reports;
    private final IncidentAccess access;
    private final IncidentReportLinks links;

    IncidentReportService(ReportService reports, IncidentAccess access, IncidentReportLinks links) {
        this.reports = reports;
        this.access = access;
        this.links = links;
    }

    /** Triages the reports as one new incident (classified as given) and returns it; all reports or none. */
    @PreAuthorize("hasRole('INCIDENT_HANDLER')")
    public IncidentView openFromReports(List<String> reportKeys, String classKey, String typeKey, @Nullable String note) {
        List<ReportView> triaged = reports.triageAll(reportKeys,
                new Triage(TriageDecision.OPEN_INCIDENT, classKey, typeKey, note, null, null, null, null));
        return access.readable(triaged.get(0).incidentKey()).view();
    }

    /** Triages the reports into the existing incident {@code key}; all reports or none. */
    @PreAuthorize("hasRole('INCIDENT_HANDLER')")
    public IncidentView attachReports(String key, List<String> reportKeys) {
        access.writable(key);
        reports.triageAll(reportKeys, new Triage(TriageDecision.ATTACH_TO_INCIDENT, null, null, null, null, null, null, key));
        return access.readable(key).view();
    }

    /** The reports of the incident that the caller may read, oldest attachment first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public List<ReportView> reports(String key) {
        Incident incident = access.readable(key);
        return links.reportKeys(incident.id()).stream().flatMap(k -> {
            try {
                return java.util.stream.Stream.of(reports.get(k));
            } catch (NotFoundException hidden) {
                return java.util.stream.Stream.empty();
            }
        }).toList();
    }
}
