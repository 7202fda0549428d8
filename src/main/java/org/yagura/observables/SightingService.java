package org.yagura.observables;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.shared.Actor;
import org.yagura.shared.api.BadRequestException;

/** Sightings: that a value was seen, where, when, how often and by whom, with counts over time. */
@Service
@Transactional
public class SightingService {

    public static final int MAX_SIGHTINGS = 10_000;
    private static final int MAX_COUNT = 1_000_000;

    private final ObservableRepository observables;
    private final LinkedRecords records;
    private final Summaries summaries;
    private final ObservableService store;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ApplicationEventPublisher events;
    private final ValueReader reader = new ValueReader();

    SightingService(ObservableRepository observables, LinkedRecords records, Summaries summaries, ObservableService store,
            JdbcClient jdbc, JdbcTemplate batch, ApplicationEventPublisher events) {
        this.observables = observables;
        this.records = records;
        this.summaries = summaries;
        this.store = store;
        this.jdbc = jdbc;
        this.batch = batch;
        this.events = events;
    }

    /** Records sightings (values are stored if new); invalid items are answered with their reason and not written. */
    @PreAuthorize("hasRole('ANALYST')")
    public List<ItemResult> sight(List<NewSighting> items) {
        if (items.size() > MAX_SIGHTINGS) {
            throw new BadRequestException("observable.link.too-many", MAX_SIGHTINGS);
        }
        Actor actor = Actor.current();
        Instant now = actor.at();
        var results = new ArrayList<ItemResult>();
        var rows = new ArrayList<Object[]>();
        var values = new java.util.LinkedHashMap<UUID, StoredObservable>();
        for (int i = 0; i < items.size(); i++) {
            NewSighting s = items.get(i);
            Parsed parsed = reader.read(s.type(), s.otherType(), s.value());
            String problem = s.source() == null || s.source().isBlank() || s.source().length() > 200
                    ? "observable.sighting.source.invalid"
                    : s.count() != null && (s.count() < 1 || s.count() > MAX_COUNT) ? "observable.sighting.count.invalid" : null;
            if (parsed instanceof Parsed.Rejected r) {
                results.add(summaries.invalid(i, r));
                continue;
            }
            if (problem != null) {
                results.add(summaries.invalid(i, new Parsed.Rejected(problem, List.of())));
                continue;
            }
            LinkedRecord record = s.recordKind() == null || s.recordKey() == null ? null
                    : records.readable(s.recordKind(), s.recordKey());
            ObservableValue value = ((Parsed.Valid) parsed).value();
            StoredObservable o = StoredObservable.fresh(value, now);
            values.putIfAbsent(o.id(), o);
            Instant seen = s.seenAt() == null ? now : s.seenAt().truncatedTo(ChronoUnit.MICROS);
            rows.add(new Object[] {UUID.randomUUID(), o.id(), Timestamp.from(seen), s.count() == null ? 1 : s.count(),
                    s.source().strip(), record == null ? null : record.kind(), record == null ? null : record.id(),
                    record == null ? null : record.key(), actor.username(), Timestamp.from(now)});
            results.add(new ItemResult(i, "recorded", o.id(), value.type(), value.value(), null, null));
        }
        observables.insertAndLock(List.copyOf(values.values())); // see LinkService#unlink
        batch.batchUpdate("INSERT INTO observable_sighting (id, observable_id, seen_at, sighting_count, source, record_kind, "
                + "record_id, record_key, reported_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        rows.forEach(r -> observables.seen((UUID) r[1], ((Timestamp) r[2]).toInstant()));
        if (!rows.isEmpty()) {
            events.publishEvent(new ObservableChanged(actor, "observable.sighted", "observable",
                    rows.size() == 1 ? rows.get(0)[1].toString() : "bulk", rows.size() + " sightings: " + Texts.abbreviate(
                            values.values().stream().map(o -> o.value().value()).collect(Collectors.joining(", ")), 500)));
        }
        return results;
    }

    /** The history of an observable's sightings; sightings in records the caller may not read are left out. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public Sighting.History history(UUID observableId) {
        ObservableSummary observable = store.get(observableId);
        List<Sighting> all = jdbc.sql("SELECT id, observable_id, seen_at, sighting_count, source, record_kind, record_id, "
                        + "record_key, reported_by FROM observable_sighting WHERE observable_id = ? ORDER BY seen_at DESC")
                .param(observableId).query((rs, i) -> new Object[] {new Sighting(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant(), rs.getInt(4), rs.getString(5),
                        rs.getString(6), rs.getString(8), rs.getString(9)), rs.getObject(7, UUID.class)}).list()
                .stream().collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), this::readable));
        Map<java.time.LocalDate, Long> perDay = new java.util.TreeMap<>();
        all.forEach(s -> perDay.merge(s.seenAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(), (long) s.count(), Long::sum));
        return new Sighting.History(observable, perDay.values().stream().mapToLong(Long::longValue).sum(),
                perDay.entrySet().stream().map(e -> new Sighting.DailyCount(e.getKey(), e.getValue())).toList(),
                all.stream().limit(100).toList());
    }

    private List<Sighting> readable(List<Object[]> rows) {
        Map<String, List<UUID>> ids = new java.util.HashMap<>();
        rows.stream().filter(r -> r[1] != null).forEach(r -> ids.computeIfAbsent(((Sighting) r[0]).recordKind(),
                k -> new ArrayList<>()).add((UUID) r[1]));
        Map<String, Set<UUID>> visible = records.visible(records.viewer(), ids);
        return rows.stream().filter(r -> r[1] == null || visible.getOrDefault(((Sighting) r[0]).recordKind(), Set.of())
                .contains((UUID) r[1])).map(r -> (Sighting) r[0]).toList();
    }
}
