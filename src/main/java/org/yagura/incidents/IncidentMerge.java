package org.yagura.incidents;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.intake.ReportService;
import org.yagura.shared.Actor;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.ConflictException;

/**
 * The front door for merging one incident into another: the other incident takes over the tasks and
 * the reports (which then name it as their incident) and receives a copy of the journal; the merged incident keeps its own journal and is
 * closed as a duplicate that names the other. Nothing is deleted.
 */
@Service
@Transactional
public class IncidentMerge {

    private final IncidentRepository incidents;
    private final IncidentAccess access;
    private final IncidentJournal journal;
    private final IncidentTasks tasks;
    private final IncidentReportLinks links;
    private final IncidentSlaClocks sla;
    private final ReportService reports;

    IncidentMerge(IncidentRepository incidents, IncidentAccess access, IncidentJournal journal, IncidentTasks tasks,
            IncidentReportLinks links, IncidentSlaClocks sla, ReportService reports) {
        this.incidents = incidents;
        this.access = access;
        this.journal = journal;
        this.tasks = tasks;
        this.links = links;
        this.sla = sla;
        this.reports = reports;
    }

    /** Merges {@code key} into {@code intoKey} and returns the incident that goes on. */
    @PreAuthorize("hasRole('INCIDENT_HANDLER')")
    public IncidentView merge(String key, String intoKey) {
        if (key.equals(intoKey)) {
            throw new BadRequestException("incidents.merge.self");
        }
        Incident merged = access.writable(key);
        Incident target = access.writable(intoKey);
        for (Incident i : new Incident[] {merged, target}) {
            if (!i.status().isOpen()) {
                throw new ConflictException("incidents.closed", i.key());
            }
        }
        String by = Actor.current().username();
        journal.copy(merged.id(), merged.key(), target.id(), target.key(), by);
        int movedTasks = tasks.move(merged.id(), target.id());
        reports.followMergedIncident(links.reportKeys(merged.id()), merged.key(), target.key());
        int movedReports = links.move(merged.id(), target.id());
        merged.view().participants().forEach(target::addParticipant);
        IncidentView before = merged.view();
        merged.closeAsDuplicateOf(target.key(), 0, IncidentService.now());
        sla.follow(before, merged.view(), IncidentService.now());
        access.record(merged, JournalKind.STATUS, "incident.merged", JournalMessage.of("incidents.journal.sys.merged",
                target.key(), movedTasks, movedReports, JournalMessage.Arg.value("status", IncidentStatus.CLOSED),
                JournalMessage.Arg.value("resolution", Resolution.DUPLICATE)));
        access.record(target, JournalKind.REPORT, "incident.merged-in", JournalMessage.of("incidents.journal.sys.merged-in",
                merged.key(), movedTasks, movedReports));
        incidents.saveAndFlush(merged);
        return incidents.saveAndFlush(target).view();
    }
}
