package org.yagura.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.identity.AccessPolicy;
import org.yagura.identity.ProtectedRecord;
import org.yagura.shared.Actor;
import org.yagura.shared.HumanKeys;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.ConflictException;
import org.yagura.shared.api.CursorPage;
import org.yagura.shared.api.CursorRequest;
import org.yagura.shared.api.NotFoundException;
import org.yagura.taxonomy.TaxonomyService;
import org.yagura.taxonomy.TaxonomyTypeSummary;

/** The front door of intake: receiving reports, the triage queue, and triage decisions. */
@Service
@Transactional
public class ReportService {

    static final int MAX_BULK = 1000;
    private static final String KEY_SERIES = "RPT";
    private static final int KEY_DIGITS = 5;
    private static final Duration SIMILAR_WINDOW = Duration.ofDays(7);

    private final ReportRepository reports;
    private final HumanKeys keys;
    private final ReportIntake intake;
    private final AccessPolicy policy;
    private final TaxonomyService taxonomy;
    private final ApplicationEventPublisher events;
    private final IncidentTriage incidentTriage;

    ReportService(ReportRepository reports, HumanKeys keys, ReportIntake intake, AccessPolicy policy,
            TaxonomyService taxonomy, ApplicationEventPublisher events, IncidentTriage incidentTriage) {
        this.incidentTriage = incidentTriage;
        this.reports = reports;
        this.keys = keys;
        this.intake = intake;
        this.policy = policy;
        this.taxonomy = taxonomy;
        this.events = events;
    }

    /**
     * Receives one report; with an idempotency key or a known (source, external reference) an earlier
     * report is returned instead of a second one. Committed before the caller is answered.
     */
    @PreAuthorize("hasRole('ANALYST')")
    public Received submit(NewReport report, Channel channel, @Nullable String idempotencyKey) {
        intake.requireValid(report);
        if (report.suggestedClass() != null || report.suggestedType() != null) {
            requireClassification(report.suggestedClass(), report.suggestedType());
        }
        Actor actor = Actor.current();
        if (idempotencyKey != null) {
            Optional<ReportView> earlier = intake.byIdempotencyKey(actor.username(), idempotencyKey);
            if (earlier.isPresent()) {
                return new Received(earlier.get(), false);
            }
        }
        Optional<ReportView> known = intake.byExternalReference(report);
        if (known.isPresent()) {
            return new Received(known.get(), false);
        }
        ReportView created = intake.create(report, channel, keys.nextFromSequence(KEY_SERIES, KEY_DIGITS, 1).get(0), actor);
        reports.insertAll(List.of(created));
        if (idempotencyKey != null) {
            intake.rememberIdempotencyKey(actor.username(), idempotencyKey, created.id());
        }
        publishReceived(created, actor);
        return new Received(created, true);
    }

    /** Receives up to 1,000 reports in one transaction; invalid items are reported, the valid ones kept. */
    @PreAuthorize("hasRole('ANALYST')")
    public List<BulkItemResult> submitBulk(List<NewReport> items) {
        if (items.size() > MAX_BULK) {
            throw new BadRequestException("report.bulk.too-many", MAX_BULK);
        }
        Actor actor = Actor.current();
        List<BulkItemResult> results = new ArrayList<>(items.size());
        List<ReportView> created = new ArrayList<>();
        var known = intake.knownExternalReferences(items);
        java.util.Set<String> activeTypes = activeTypes();
        var firstInBatch = new java.util.HashMap<String, Integer>();
        var sameAs = new java.util.HashMap<Integer, Integer>();
        List<Integer> accepted = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            NewReport item = items.get(i);
            var errors = intake.violations(item, activeTypes);
            String pair = item.source() == null || item.externalReference() == null ? null
                    : item.source().strip() + "\u0000" + item.externalReference().strip();
            results.add(null);
            if (!errors.isEmpty()) {
                results.set(i, new BulkItemResult(i, "invalid", null, errors));
            } else if (pair != null && known.containsKey(pair)) {
                results.set(i, new BulkItemResult(i, "existing", known.get(pair), List.of()));
            } else if (pair != null && firstInBatch.containsKey(pair)) {
                sameAs.put(i, firstInBatch.get(pair));
            } else {
                if (pair != null) {
                    firstInBatch.put(pair, i);
                }
                accepted.add(i);
            }
        }
        List<String> newKeys = accepted.isEmpty() ? List.of() : keys.nextFromSequence(KEY_SERIES, KEY_DIGITS, accepted.size());
        for (int n = 0; n < accepted.size(); n++) {
            int i = accepted.get(n);
            ReportView report = intake.create(items.get(i), Channel.API, newKeys.get(n), actor);
            created.add(report);
            results.set(i, new BulkItemResult(i, "created", report.key(), List.of()));
        }
        sameAs.forEach((i, first) -> results.set(i, new BulkItemResult(i, "existing", results.get(first).key(), List.of())));
        reports.insertAll(created);
        if (!created.isEmpty()) {
            // one audit entry per call: the keys of one call are consecutive, so the entry names every report
            events.publishEvent(new ReportChanged(actor, "report.received-bulk", created.get(0).id(), created.get(0).key(),
                    created.size() + " reports by API bulk: " + created.get(0).key() + " to "
                            + created.get(created.size() - 1).key()));
        }
        return results;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public ReportView get(String key) {
        return reports.findByKey(key).filter(this::readable)
                .orElseThrow(() -> new NotFoundException("report.not-found", key));
    }

    /** The triage queue ({@code NEW}) or any status, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public CursorPage<ReportView> list(@Nullable ReportStatus status, CursorRequest page) {
        Instant before = page.isFirst() ? null : parseInstant(page.after(0));
        UUID beforeId = page.isFirst() ? null : parseUuid(page.after(1));
        String username = Actor.current().username();
        return CursorPage.filled(page, (after, size) -> after == null
                        ? reports.page(status, username, before, beforeId, size)
                        : reports.page(status, username, after.receivedAt(), after.id(), size),
                this::readable, r -> List.of(r.receivedAt().toString(), r.id().toString()));
    }

    /** Every report of a status (null: all) that the caller may read, newest first, page by page to {@code sink}. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public void export(@Nullable ReportStatus status, java.util.function.Consumer<List<ReportView>> sink) {
        CursorRequest page = CursorRequest.first(CursorRequest.MAX_LIMIT);
        while (true) {
            CursorPage<ReportView> rows = list(status, page);
            sink.accept(rows.items());
            if (rows.next() == null) {
                return;
            }
            page = CursorRequest.of(CursorRequest.MAX_LIMIT, rows.next());
        }
    }

    /** Reports that look like the same event: same reporter or same summary within a week. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public List<ReportView> similar(String key) {
        ReportView report = get(key);
        return reports.similar(report, report.receivedAt().minus(SIMILAR_WINDOW), report.receivedAt().plus(SIMILAR_WINDOW),
                Actor.current().username(), 10).stream().filter(this::readable).toList();
    }

    /** Records a triage decision; a report is triaged once, and a stale version is refused (409). */
    @PreAuthorize("hasRole('INCIDENT_HANDLER')")
    public ReportView triage(String key, Triage triage, @Nullable Long expectedVersion) {
        if (triage.decision().intoIncident()) {
            return triageIntoIncident(List.of(key), triage, expectedVersion).get(0);
        }
        ReportView report = get(key);
        if (report.status() != ReportStatus.NEW) {
            throw new ConflictException("report.already-triaged", key);
        }
        if (expectedVersion != null && expectedVersion != report.version()) {
            throw new ObjectOptimisticLockingFailureException(ReportView.class, key);
        }
        requireClassification(triage.classKey(), triage.typeKey());
        if (triage.decision() == TriageDecision.DUPLICATE) {
            if (triage.duplicateOf() == null || triage.duplicateOf().equals(key)) {
                throw new BadRequestException("report.duplicate-of.required");
            }
            get(triage.duplicateOf());
        }
        ReportView decided = TriageRules.apply(report, triage, Actor.current().username(), Instant.now().truncatedTo(ChronoUnit.MICROS));
        if (!reports.triage(decided, report.version())) {
            throw new ObjectOptimisticLockingFailureException(ReportView.class, key);
        }
        events.publishEvent(new ReportChanged(Actor.current(), "report.triaged", report.id(), key,
                "decision: " + triage.decision() + TriageRules.describe(decided)));
        return reports.findById(report.id()).orElseThrow();
    }

    /** Triages many reports with one decision, all or none. */
    @PreAuthorize("hasRole('INCIDENT_HANDLER')")
    public List<ReportView> triageAll(List<String> keys, Triage triage) {
        if (keys.isEmpty() || keys.size() > MAX_BULK) {
            throw new BadRequestException("report.bulk.too-many", MAX_BULK);
        }
        if (triage.decision().intoIncident()) {
            return triageIntoIncident(keys, triage, null);
        }
        return keys.stream().distinct().map(k -> triage(k, triage, null)).toList();
    }

    /**
     * Records that a report triaged into an incident now belongs to {@code toIncident} (the incidents module
     * split the incident it was in); its triage decision stays. 409 when the report never went into an incident.
     */
    @PreAuthorize("hasRole('INCIDENT_HANDLER')")
    public ReportView moveToIncident(String key, String toIncident) {
        ReportView report = get(key);
        if (!reports.moveIncident(report.id(), toIncident)) {
            throw new ConflictException("report.incident.none", key);
        }
        events.publishEvent(new ReportChanged(Actor.current(), "report.incident-moved", report.id(), key,
                "incident: " + report.incidentKey() + " → " + toIncident));
        return reports.findById(report.id()).orElseThrow();
    }

    /**
     * Records that the reports {@code reportKeys}, triaged into incident {@code fromIncident}, now belong to
     * {@code toIncident}: the incidents module merged the one into the other after checking that the caller may
     * change both, so no report is left naming the closed duplicate. Each report's triage decision stays; each
     * move reaches the audit trail. Returns how many reports moved.
     */
    @PreAuthorize("hasRole('INCIDENT_HANDLER')")
    public int followMergedIncident(Collection<String> reportKeys, String fromIncident, String toIncident) {
        if (reportKeys.isEmpty()) {
            return 0;
        }
        List<ReportView> moved = reports.findByKeys(reportKeys).stream()
                .filter(r -> fromIncident.equals(r.incidentKey())).toList();
        reports.moveIncident(moved.stream().map(ReportView::id).toList(), fromIncident, toIncident);
        Actor actor = Actor.current();
        for (ReportView report : moved) {
            events.publishEvent(new ReportChanged(actor, "report.incident-moved", report.id(), report.key(),
                    "incident: " + fromIncident + " → " + toIncident));
        }
        return moved.size();
    }

    /** Opening an incident needs a classification; attaching takes the incident's, unless one is given. */
    private List<ReportView> triageIntoIncident(List<String> keys, Triage triage, @Nullable Long expectedVersion) {
        if (triage.decision() == TriageDecision.OPEN_INCIDENT || triage.classKey() != null || triage.typeKey() != null) {
            requireClassification(triage.classKey(), triage.typeKey());
        }
        return incidentTriage.triage(keys.stream().distinct().map(this::get).toList(), triage, expectedVersion);
    }

    /** Triage and suggestions name an RSIT (or local) class and type that exist and are not deprecated. */
    private void requireClassification(@Nullable String classKey, @Nullable String typeKey) {
        if (classKey == null || typeKey == null) {
            throw new BadRequestException("report.classification.required");
        }
        taxonomy.requireActive(classKey, typeKey);
    }

    private java.util.Set<String> activeTypes() {
        return taxonomy.classes(false).stream().flatMap(c -> c.types().stream())
                .filter(t -> !t.deprecated()).map(TaxonomyTypeSummary::qualifiedKey)
                .collect(java.util.stream.Collectors.toSet());
    }

    private boolean readable(ReportView r) {
        return policy.currentViewer().map(v -> policy.canRead(v, new ProtectedRecord(null, null, r.tlp(),
                r.createdById() == null ? Set.of() : Set.of(r.createdById())))).orElse(false);
    }

    private void publishReceived(ReportView r, Actor actor) {
        events.publishEvent(new ReportChanged(actor, "report.received", r.id(), r.key(),
                "channel: " + r.channel() + "; reporter: " + r.reporter() + "; summary: " + r.summary() + "; tlp: " + r.tlp()));
    }

    private static Instant parseInstant(String s) {
        try {
            return Instant.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadRequestException("error.cursor.invalid");
        }
    }

    private static UUID parseUuid(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("error.cursor.invalid");
        }
    }

    /** The report and whether this call created it (false: an earlier identical submission). */
    public record Received(ReportView report, boolean created) {
    }
}
