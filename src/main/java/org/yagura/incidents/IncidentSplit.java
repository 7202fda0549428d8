package org.yagura.incidents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.artifacts.ArtifactService;
import org.yagura.intake.ReportService;
import org.yagura.observables.NewLink;
import org.yagura.observables.ObservableLink;
import org.yagura.observables.ObservableService;
import org.yagura.shared.Actor;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.ConflictException;

/**
 * The front door for splitting an incident: a new incident, child of the original, takes the chosen reports,
 * tasks and artifacts, and copies of the chosen journal entries and observable links (docs/adr/017). Both
 * journals point at each other; every part is checked before anything is written, and all of it is one
 * transaction, so a refused split leaves both incidents as they were.
 */
@Service
@Transactional
public class IncidentSplit {

    private final IncidentService incidents;
    private final IncidentRepository repository;
    private final IncidentAccess access;
    private final IncidentReferences references;
    private final IncidentJournal journal;
    private final IncidentTasks tasks;
    private final IncidentReportLinks links;
    private final ReportService reports;
    private final ObservableService observables;
    private final ArtifactService artifacts;

    IncidentSplit(IncidentService incidents, IncidentRepository repository, IncidentAccess access,
            IncidentReferences references, IncidentJournal journal, IncidentTasks tasks, IncidentReportLinks links,
            ReportService reports, ObservableService observables, ArtifactService artifacts) {
        this.incidents = incidents;
        this.repository = repository;
        this.access = access;
        this.references = references;
        this.journal = journal;
        this.tasks = tasks;
        this.links = links;
        this.reports = reports;
        this.observables = observables;
        this.artifacts = artifacts;
    }

    /** Splits the chosen parts of {@code key} out into a new incident and returns it. */
    @PreAuthorize("hasRole('INCIDENT_HANDLER')")
    public IncidentView split(String key, SplitParts parts) {
        references.requireValid(parts, "incidents.split.invalid");
        Incident original = access.writable(key);
        IncidentService.requireVersion(original, parts.version());
        if (!original.status().isOpen()) {
            throw new ConflictException("incidents.closed", original.key());
        }
        if (parts.nothingChosen()) {
            throw new BadRequestException("incidents.split.nothing-chosen");
        }
        IncidentView from = original.view();
        Chosen chosen = choose(original, parts);
        Incident child = incidents.openIncident(SplitFields.of(from, parts), from.participants());
        String by = Actor.current().username();
        for (String report : parts.reports()) {
            reports.moveToIncident(report, child.key());
        }
        links.move(original.id(), child.id(), parts.reports());
        tasks.move(original.id(), child.id(), parts.tasks());
        journal.copy(chosen.entries(), child.id(), child.key(), by);
        if (!chosen.observables().isEmpty()) {
            observables.link("incident", child.key(), chosen.observables().stream().map(IncidentSplit::copyOf).toList());
        }
        parts.artifacts().forEach(a -> artifacts.move(a, "incidents", child.key()));
        JournalMessage.Arg moved = JournalMessage.Arg.parts(describe(parts, chosen));
        access.record(original, JournalKind.STATUS, "incident.split",
                JournalMessage.of("incidents.journal.sys.split-into", child.key(), child.view().title(), moved));
        access.record(child, JournalKind.STATUS, "incident.split-from",
                JournalMessage.of("incidents.journal.sys.split-from", from.key(), from.title(), moved));
        repository.saveAndFlush(original);
        return repository.saveAndFlush(child).view();
    }

    /** Every chosen part must be a part of the original: the first that is not is a 400 naming it. */
    private Chosen choose(Incident original, SplitParts parts) {
        List<String> reportKeys = links.reportKeys(original.id());
        parts.reports().stream().filter(r -> !reportKeys.contains(r)).findFirst().ifPresent(r -> {
            throw new BadRequestException("incidents.split.report-unknown", r, original.key());
        });
        Map<UUID, TaskView> taskById = byKey(tasks.of(original.id(), original.key()), TaskView::id);
        parts.tasks().stream().filter(t -> !taskById.containsKey(t)).findFirst().ifPresent(t -> {
            throw new BadRequestException("incidents.split.task-unknown", t, original.key());
        });
        Map<Long, JournalEntry> entryBySeq = byKey(journal.entries(original.id(), original.key(), List.of(), false, false, Locale.ENGLISH),
                JournalEntry::seq);
        parts.journal().stream().filter(s -> !entryBySeq.containsKey(s)).findFirst().ifPresent(s -> {
            throw new BadRequestException("incidents.split.journal-unknown", s, original.key());
        });
        List<ObservableLink> linked = parts.observables().isEmpty() ? List.of() : observables.links("incident", original.key());
        Map<UUID, ObservableLink> linkByObservable = byKey(linked, l -> l.observable().id());
        parts.observables().stream().filter(o -> !linkByObservable.containsKey(o)).findFirst().ifPresent(o -> {
            throw new BadRequestException("incidents.split.observable-unknown", o, original.key());
        });
        List<String> artifactKeys = parts.artifacts().isEmpty() ? List.of()
                : artifacts.list("incidents", original.key()).stream().map(a -> a.key()).toList();
        parts.artifacts().stream().filter(a -> !artifactKeys.contains(a)).findFirst().ifPresent(a -> {
            throw new BadRequestException("incidents.split.artifact-unknown", a, original.key());
        });
        List<JournalEntry> entries = parts.journal().stream().sorted().map(entryBySeq::get).toList();
        List<String> taskTitles = parts.tasks().stream().map(t -> taskById.get(t).title()).toList();
        return new Chosen(entries, taskTitles, parts.observables().stream().map(linkByObservable::get).toList());
    }

    private static NewLink copyOf(ObservableLink l) {
        return new NewLink(l.observable().type().key(), l.observable().otherType(), l.observable().value(), l.role(),
                l.firstSeen(), l.lastSeen(), l.tags(), l.tlp(), l.comment());
    }

    private static List<JournalMessage> describe(SplitParts parts, Chosen chosen) {
        List<JournalMessage> said = new ArrayList<>();
        if (!parts.reports().isEmpty()) {
            said.add(JournalMessage.of("incidents.journal.sys.split.reports", String.join(", ", parts.reports())));
        }
        if (!parts.tasks().isEmpty()) {
            said.add(JournalMessage.of("incidents.journal.sys.split.tasks", String.join(", ", chosen.taskTitles())));
        }
        if (!parts.journal().isEmpty()) {
            said.add(JournalMessage.of("incidents.journal.sys.split.journal",
                    chosen.entries().stream().map(e -> "#" + e.seq()).collect(Collectors.joining(", "))));
        }
        if (!parts.observables().isEmpty()) {
            said.add(JournalMessage.of("incidents.journal.sys.split.observables",
                    chosen.observables().stream().map(l -> l.observable().display()).collect(Collectors.joining(", "))));
        }
        if (!parts.artifacts().isEmpty()) {
            said.add(JournalMessage.of("incidents.journal.sys.split.artifacts", String.join(", ", parts.artifacts())));
        }
        return said;
    }

    private static <K, V> Map<K, V> byKey(List<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a));
    }

    private record Chosen(List<JournalEntry> entries, List<String> taskTitles, List<ObservableLink> observables) {
    }
}
