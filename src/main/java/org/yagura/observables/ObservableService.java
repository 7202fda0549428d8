package org.yagura.observables;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.identity.Viewer;
import org.yagura.shared.Actor;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.CursorPage;
import org.yagura.shared.api.CursorRequest;
import org.yagura.shared.api.NotFoundException;

/** The front door of the observable store: values stored once, linked to records with context, listed and looked up. */
@Service
@Transactional
public class ObservableService {

    /** Most values one call may link to a record. */
    public static final int MAX_LINKS = 10_000;
    /** Pages of stored values one list call reads at most while skipping values the caller may not know of. */
    private static final int MAX_LIST_ROUNDS = 10;

    private final ObservableRepository observables;
    private final LinkRepository links;
    private final LinkedRecords records;
    private final Summaries summaries;
    private final ApplicationEventPublisher events;
    private final Visibility visibility;
    private final ReadableLinks readableLinks;
    private final ObservablesSettings settings;
    private final ValueReader reader = new ValueReader();

    ObservableService(ObservableRepository observables, LinkRepository links, LinkedRecords records, Summaries summaries,
            ApplicationEventPublisher events, Visibility visibility, ReadableLinks readableLinks, ObservablesSettings settings) {
        this.readableLinks = readableLinks;
        this.settings = settings;
        this.observables = observables;
        this.links = links;
        this.records = records;
        this.summaries = summaries;
        this.events = events;
        this.visibility = visibility;
    }

    /**
     * Adds observables to a record the caller may change. Each value is stored once whatever record it is
     * linked to; invalid items are answered with their reason and nothing of them is written.
     */
    @PreAuthorize("hasRole('ANALYST')")
    public List<ItemResult> link(String kind, String key, List<NewLink> items) {
        if (items.size() > MAX_LINKS) {
            throw new BadRequestException("observable.link.too-many", MAX_LINKS);
        }
        LinkedRecord record = records.writable(kind, key);
        Actor actor = Actor.current();
        Instant now = actor.at();
        var results = new ArrayList<ItemResult>(items.size());
        var fresh = new LinkedHashMap<UUID, StoredObservable>();
        var rows = new LinkedHashMap<UUID, LinkRepository.Row>();
        for (int i = 0; i < items.size(); i++) {
            NewLink item = items.get(i);
            Parsed parsed = reader.read(item.type(), item.otherType(), item.value());
            String contextError = LinkContext.problem(item);
            if (parsed instanceof Parsed.Rejected r) {
                results.add(summaries.invalid(i, r));
            } else if (contextError != null) {
                results.add(summaries.invalid(i, new Parsed.Rejected(contextError, List.of())));
            } else {
                ObservableValue value = ((Parsed.Valid) parsed).value();
                StoredObservable o = StoredObservable.fresh(value, now);
                fresh.putIfAbsent(o.id(), o);
                // a microsecond apart, so that a record's links list in the order they were sent
                rows.putIfAbsent(o.id(), LinkContext.row(item, o.id(), record, actor.username(), now.plusNanos(1000L * i)));
                results.add(new ItemResult(i, "linked", o.id(), value.type(), value.value(), null, null));
            }
        }
        // stored and locked before the links are written: a concurrent unlink of the last link must not delete them
        observables.insertAndLock(List.copyOf(fresh.values()));
        Set<UUID> inserted = links.insertMissing(List.copyOf(rows.values())).stream().map(LinkRepository.Row::observableId)
                .collect(Collectors.toSet());
        observables.countRecords(List.copyOf(inserted), now);
        results.replaceAll(r -> r.observableId() != null && !inserted.contains(r.observableId())
                ? new ItemResult(r.index(), "existing", r.observableId(), r.type(), r.value(), null, null) : r);
        if (!inserted.isEmpty()) {
            events.publishEvent(new ObservableChanged(actor, "observable.linked", kind, key, inserted.size() + " observables: "
                    + Texts.abbreviate(fresh.values().stream().filter(o -> inserted.contains(o.id()))
                            .map(o -> o.value().type().key() + " " + o.value().value()).collect(Collectors.joining(", ")), 1000)));
        }
        return results;
    }

    /** Stores values without linking them (bulk loads, sensors); those already stored are left as they are. */
    @PreAuthorize("hasRole('ANALYST')")
    public int storeAll(List<ObservableValue> values) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        var distinct = new LinkedHashMap<UUID, StoredObservable>();
        values.forEach(v -> {
            StoredObservable o = StoredObservable.fresh(v, now);
            distinct.putIfAbsent(o.id(), o);
        });
        observables.insertMissing(List.copyOf(distinct.values()));
        if (!distinct.isEmpty()) {
            events.publishEvent(new ObservableChanged(Actor.current(), "observable.stored-bulk", "observable", "bulk",
                    distinct.size() + " distinct values"));
        }
        return distinct.size();
    }

    /** The observables linked to a record the caller may read, in the order they were added. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public List<ObservableLink> links(String kind, String key) {
        LinkedRecord record = records.readable(kind, key);
        List<LinkRepository.Row> rows = links.ofRecord(kind, record.id());
        Map<UUID, StoredObservable> stored = observables.findAll(rows.stream().map(LinkRepository.Row::observableId).toList());
        Map<UUID, Integer> counts = readableLinks.counts(records.viewer(), stored.values(), settings.tooCommon());
        return rows.stream().map(r -> summaries.link(r, summaries.of(stored.get(r.observableId()), counts.get(r.observableId()))))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public ObservableSummary get(UUID id) {
        Viewer viewer = records.viewer();
        return observables.findById(id).filter(o -> visibility.known(viewer, o))
                .map(o -> summaries.of(o, readableLinks.counts(viewer, List.of(o), settings.tooCommon()).get(o.id())))
                .orElseThrow(() -> new NotFoundException("observable.not-found", id));
    }

    /**
     * Looks a value up by type and value as written; 404 when it is not stored or tied only to records the
     * caller may not read (as if it were not stored).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public ObservableSummary find(@Nullable String type, String value) {
        if (!(reader.read(type, null, value) instanceof Parsed.Valid valid)) {
            throw new NotFoundException("observable.not-found", Texts.abbreviate(value, 200));
        }
        return get(ObservableIds.of(valid.value()));
    }

    /**
     * Stored observables the caller may know of, newest first, optionally of one type. Values tied only to
     * records the caller may not read are skipped; a page may come short (with a cursor) after many such.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public CursorPage<ObservableSummary> list(@Nullable ObservableType type, CursorRequest page) {
        Viewer viewer = records.viewer();
        Instant before = page.isFirst() ? null : Cursors.instant(page.after(0));
        UUID beforeId = page.isFirst() ? null : Cursors.uuid(page.after(1));
        var kept = new ArrayList<ObservableSummary>();
        StoredObservable last = null;
        boolean exhausted = false;
        for (int round = 0; round < MAX_LIST_ROUNDS && kept.size() < page.limit() && !exhausted; round++) {
            List<StoredObservable> raw = observables.page(type, before, beforeId, page.fetchSize());
            exhausted = raw.size() <= page.limit();
            List<StoredObservable> rows = exhausted ? raw : raw.subList(0, page.limit());
            Set<UUID> known = visibility.known(viewer, rows);
            Map<UUID, Integer> counts = readableLinks.counts(viewer, rows.stream().filter(o -> known.contains(o.id())).toList(),
                    settings.tooCommon());
            for (StoredObservable o : rows) {
                if (kept.size() == page.limit()) {
                    exhausted = false;
                    break;
                }
                if (known.contains(o.id())) {
                    kept.add(summaries.of(o, counts.get(o.id())));
                }
                last = o;
            }
            if (last != null) {
                before = last.firstSeen();
                beforeId = last.id();
            }
        }
        return CursorPage.of(kept, exhausted || last == null ? null : List.of(last.firstSeen().toString(), last.id().toString()));
    }

    /** Lets a warninglisted value correlate anyway (or stops it again). */
    @PreAuthorize("hasRole('ANALYST')")
    public ObservableSummary overrideCorrelation(UUID id, boolean correlate) {
        ObservableSummary o = get(id);
        observables.setCorrelationOverride(id, correlate);
        events.publishEvent(new ObservableChanged(Actor.current(), "observable.correlation-override", "observable", id.toString(),
                o.type().key() + " " + Texts.abbreviate(o.value(), 300) + ": correlate " + o.correlateOverride() + " → " + correlate));
        return get(id);
    }
}
