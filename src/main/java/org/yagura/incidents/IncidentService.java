package org.yagura.incidents;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.identity.AccessPolicy;
import org.yagura.shared.Actor;
import org.yagura.shared.HumanKeys;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.CursorPage;
import org.yagura.shared.api.CursorRequest;

/** The front door of incidents: opening, reading, listing, editing and moving incidents through their lifecycle. */
@Service
@Transactional
public class IncidentService {

    static final String KEY_SERIES = "IR";
    static final int KEY_DIGITS = 4;

    private final IncidentRepository incidents;
    private final IncidentSearch search;
    private final IncidentAccess access;
    private final IncidentReferences references;
    private final IncidentTasks tasks;
    private final HumanKeys keys;
    private final AccessPolicy policy;
    private final List<IncidentCloseCheck> closeChecks;
    private final IncidentTextIndex textIndex;
    private final IncidentSlaClocks sla;
    private static final int MAX_SEARCH_TEXT = 500;

    IncidentService(IncidentRepository incidents, IncidentSearch search, IncidentAccess access,
            IncidentReferences references, IncidentTasks tasks, HumanKeys keys, AccessPolicy policy,
            List<IncidentCloseCheck> closeChecks, IncidentTextIndex textIndex, IncidentSlaClocks sla) {
        this.closeChecks = List.copyOf(closeChecks);
        this.textIndex = textIndex;
        this.incidents = incidents;
        this.search = search;
        this.access = access;
        this.references = references;
        this.tasks = tasks;
        this.keys = keys;
        this.policy = policy;
        this.sla = sla;
    }

    /** Opens an incident with a gap-free key {@code IR-YYYY-NNNN}; the caller becomes a participant. */
    @PreAuthorize("hasRole('INCIDENT_HANDLER')")
    public IncidentView open(IncidentFields fields) {
        return openIncident(fields, java.util.Set.of()).view();
    }

    /** Opens an incident that {@code participants} may read besides the caller and the assignee. */
    Incident openIncident(IncidentFields fields, java.util.Set<UUID> participants) {
        IncidentReferences.Resolved resolved = references.resolve(fields);
        Actor actor = Actor.current();
        Incident draft = new Incident(keys.next(KEY_SERIES, KEY_DIGITS, 1).get(0), fields, resolved.priority(),
                resolved.assigneeId(), actor.username(), policy.currentUserId().orElse(null), now());
        participants.forEach(draft::addParticipant);
        Incident incident = incidents.saveAndFlush(draft);
        IncidentView v = incident.view();
        access.record(incident, JournalKind.STATUS, "incident.opened", JournalMessage.of("incidents.journal.sys.opened",
                v.title(), v.classKey(), v.typeKey(), v.priority(), v.tlp()));
        sla.follow(null, v, v.createdAt());
        return incident;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public IncidentView get(String key) {
        return access.readable(key).view();
    }

    /** The incidents whose parent is {@code key}, that the caller may read. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public List<IncidentView> children(String key) {
        access.readable(key);
        return incidents.findByParentKeyOrderByCreatedAtAsc(key).stream().map(Incident::view).filter(access.readable()).toList();
    }

    /** Changes the fields; every change is written to the journal as {@code field: old → new}. A stale version is a 409. */
    @PreAuthorize("hasRole('INCIDENT_HANDLER')")
    public IncidentView update(String key, IncidentFields fields, @Nullable Long expectedVersion) {
        Incident incident = access.writable(key);
        requireVersion(incident, expectedVersion);
        IncidentReferences.Resolved resolved = references.resolve(fields);
        IncidentView before = incident.view();
        Instant now = now();
        incident.apply(fields, resolved.priority(), resolved.assigneeId(), now);
        List<JournalMessage> changes = FieldChanges.messages(before, incident.view());
        sla.follow(before, incident.view(), now);
        if (!changes.isEmpty()) {
            access.record(incident, JournalKind.FIELD, "incident.updated",
                    JournalMessage.of("incidents.journal.sys.list", JournalMessage.Arg.parts(changes)));
        }
        return incidents.saveAndFlush(incident).view();
    }

    /** Moves the incident to another status; illegal moves, and closing with pending tasks, are refused with the reason. */
    @PreAuthorize("hasRole('INCIDENT_HANDLER')")
    public IncidentView transition(String key, IncidentStatus to, @Nullable Resolution resolution,
            @Nullable Long expectedVersion) {
        Incident incident = access.writable(key);
        requireVersion(incident, expectedVersion);
        IncidentStatus from = incident.status();
        IncidentView before = incident.view();
        Instant now = now();
        incident.transition(to, resolution, tasks.pending(incident.id()), now);
        if (to == IncidentStatus.CLOSED && resolution != null) {
            closeChecks.forEach(check -> check.checkClose(incident.view(), resolution));
        }
        sla.follow(before, incident.view(), now);
        access.record(incident, JournalKind.STATUS, from == IncidentStatus.CLOSED ? "incident.reopened" : "incident.moved",
                resolution == null
                        ? JournalMessage.of("incidents.journal.sys.status", JournalMessage.Arg.value("status", from),
                                JournalMessage.Arg.value("status", to))
                        : JournalMessage.of("incidents.journal.sys.status-resolution", JournalMessage.Arg.value("status", from),
                                JournalMessage.Arg.value("status", to), JournalMessage.Arg.value("resolution", resolution)));
        return incidents.saveAndFlush(incident).view();
    }

    /** Lets a user read the incident even at TLP:RED. */
    @PreAuthorize("hasRole('INCIDENT_HANDLER')")
    public IncidentView addParticipant(String key, String username) {
        Incident incident = access.writable(key);
        incident.addParticipant(references.staffIdOrReader(username));
        access.record(incident, JournalKind.FIELD, "incident.participant-added",
                JournalMessage.of("incidents.journal.sys.participant-added", username));
        return incidents.saveAndFlush(incident).view();
    }

    /** A page of the incidents the caller may read, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public CursorPage<IncidentView> list(IncidentFilter filter, CursorRequest page) {
        UUID viewer = policy.currentUserId().orElseThrow();
        Instant before = page.isFirst() ? null : parse(() -> Instant.parse(page.after(0)));
        UUID beforeId = page.isFirst() ? null : parse(() -> UUID.fromString(page.after(1)));
        return CursorPage.filled(page, (after, size) -> after == null
                        ? search.page(filter, viewer, before, beforeId, size)
                        : search.page(filter, viewer, after.createdAt(), after.id(), size),
                access.readable(), v -> List.of(v.createdAt().toString(), v.id().toString()));
    }

    /** Every incident of the filter that the caller may read, page by page to {@code sink}. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public void export(IncidentFilter filter, Consumer<List<IncidentView>> sink) {
        export(null, filter, sink);
    }

    /** Like {@link #export(IncidentFilter, Consumer)}, narrowed to a full-text search when {@code text} is given. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public void export(@Nullable String text, IncidentFilter filter, Consumer<List<IncidentView>> sink) {
        CursorRequest page = CursorRequest.first(CursorRequest.MAX_LIMIT);
        while (true) {
            CursorPage<IncidentView> rows = text == null || text.isBlank() ? list(filter, page) : search(text, filter, page);
            sink.accept(rows.items());
            if (rows.next() == null) {
                return;
            }
            page = CursorRequest.of(CursorRequest.MAX_LIMIT, rows.next());
        }
    }

    static void requireVersion(Incident incident, @Nullable Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != incident.version()) {
            throw new ObjectOptimisticLockingFailureException(IncidentView.class, incident.key());
        }
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static <T> T parse(java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (RuntimeException e) {
            throw new BadRequestException("error.cursor.invalid");
        }
    }

    /**
     * A page of the incidents whose title, description or journal match {@code text} (Japanese or any
     * other language, see shared.search.FullText), narrowed by the same filters as the list: the incident whose key is {@code text} first, then newest first.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public CursorPage<IncidentView> search(String text, IncidentFilter filter, CursorRequest page) {
        if (text.isBlank() || text.length() > MAX_SEARCH_TEXT) {
            throw new BadRequestException("incidents.search.invalid", MAX_SEARCH_TEXT);
        }
        var viewer = policy.currentViewer().orElseThrow();
        int offset = page.isFirst() ? 0 : parse(() -> Integer.parseInt(page.after(0)));
        List<UUID> ids = textIndex.search(text, filter, viewer, offset, page.fetchSize());
        List<UUID> kept = ids.subList(0, Math.min(ids.size(), page.limit()));
        var byId = search.byIds(kept).stream()
                .collect(java.util.stream.Collectors.toMap(IncidentView::id, v -> v));
        List<IncidentView> rows = kept.stream().map(byId::get).filter(java.util.Objects::nonNull).filter(access.readable()).toList();
        return CursorPage.of(rows, ids.size() > page.limit() ? List.of(String.valueOf(offset + page.limit())) : null);
    }
}
