package org.yagura.observables;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.shared.Actor;
import org.yagura.shared.api.NotFoundException;

/**
 * Extraction staging: candidates found in a record's text wait on the record until an analyst confirms
 * (possibly edited), or drops them, one at a time or all at once. Confirmed ones become linked observables.
 */
@Service
@Transactional
public class ExtractionService {

    private final LinkedRecords records;
    private final ObservableService observables;
    private final LinkRepository links;
    private final Warninglists warninglists;
    private final ObservablesSettings settings;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ApplicationEventPublisher events;
    private final Canonicaliser canonicaliser = new Canonicaliser();

    ExtractionService(LinkedRecords records, ObservableService observables, LinkRepository links, Warninglists warninglists,
            ObservablesSettings settings, JdbcClient jdbc, JdbcTemplate batch, ApplicationEventPublisher events) {
        this.records = records;
        this.observables = observables;
        this.links = links;
        this.warninglists = warninglists;
        this.settings = settings;
        this.jdbc = jdbc;
        this.batch = batch;
        this.events = events;
    }

    /** The staged candidates of a record the caller may read, in order of extraction. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public List<Candidate> candidates(String kind, String key) {
        LinkedRecord record = records.readable(kind, key);
        return rows(record).stream().map(this::candidate).toList();
    }

    /** Extracts the configured types from the record's text; values already linked or staged are skipped. Returns how many were staged. */
    @PreAuthorize("hasRole('ANALYST')")
    public int extract(String kind, String key) {
        LinkedRecord record = records.writable(kind, key);
        String text = records.text(record).orElse("");
        Set<String> known = new HashSet<>();
        rows(record).forEach(c -> known.add(c.type() + " " + c.value()));
        Set<UUID> linked = links.ofRecord(kind, record.id()).stream().map(LinkRepository.Row::observableId).collect(Collectors.toSet());
        var now = Actor.current().at();
        List<Object[]> rows = new ArrayList<>();
        var staged = new ArrayList<String>();
        for (ObservableCandidate c : new Extractor(settings.extractTypes()).extract(text)) {
            if (known.add(c.type() + " " + c.value()) && !linked.contains(ObservableIds.of(c.type(), null, c.value()))) {
                rows.add(new Object[] {UUID.randomUUID(), kind, record.id(), record.key(), c.type().name(), c.value(),
                        Timestamp.from(now.plusNanos(1000L * rows.size()))});
                staged.add(c.type().key() + " " + c.value());
            }
        }
        batch.batchUpdate("INSERT INTO observable_candidate (id, record_kind, record_id, record_key, obs_type, obs_value, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
        if (!rows.isEmpty()) {
            events.publishEvent(new ObservableChanged(Actor.current(), "observable.candidates-extracted", kind, key,
                    rows.size() + " candidates: " + Texts.abbreviate(String.join(", ", staged), 1000)));
        }
        return rows.size();
    }

    /**
     * Confirms one candidate, optionally edited (another value or type): it is linked to the record and leaves
     * the staging area. An invalid edit is answered with its reason and the candidate stays.
     */
    @PreAuthorize("hasRole('ANALYST')")
    public ItemResult confirm(String kind, String key, UUID candidateId, @Nullable String editedType, @Nullable String editedValue) {
        LinkedRecord record = records.writable(kind, key);
        Candidate c = rows(record).stream().filter(r -> r.id().equals(candidateId)).findFirst().map(this::candidate)
                .orElseThrow(() -> new NotFoundException("observable.candidate.not-found"));
        String type = editedType == null || editedType.isBlank() ? c.type().name() : editedType;
        String value = editedValue == null || editedValue.isBlank() ? c.value() : editedValue;
        ItemResult result = observables.link(kind, key, List.of(NewLink.of(type, value))).get(0);
        if (!"invalid".equals(result.status())) {
            jdbc.sql("DELETE FROM observable_candidate WHERE id = ?").param(candidateId).update();
        }
        return result;
    }

    /** Confirms every staged candidate as extracted. */
    @PreAuthorize("hasRole('ANALYST')")
    public List<ItemResult> confirmAll(String kind, String key) {
        LinkedRecord record = records.writable(kind, key);
        List<Candidate> all = rows(record).stream().map(this::candidate).toList();
        List<ItemResult> results = observables.link(kind, key, all.stream().map(c -> NewLink.of(c.type().name(), c.value())).toList());
        jdbc.sql("DELETE FROM observable_candidate WHERE record_kind = ? AND record_id = ?").params(kind, record.id()).update();
        return results;
    }

    /** Drops one candidate ({@code candidateId}) or, with null, all of the record's candidates. */
    @PreAuthorize("hasRole('ANALYST')")
    public int drop(String kind, String key, @Nullable UUID candidateId) {
        LinkedRecord record = records.writable(kind, key);
        int dropped = candidateId == null
                ? jdbc.sql("DELETE FROM observable_candidate WHERE record_kind = ? AND record_id = ?").params(kind, record.id()).update()
                : jdbc.sql("DELETE FROM observable_candidate WHERE id = ? AND record_kind = ? AND record_id = ?")
                        .params(candidateId, kind, record.id()).update();
        if (dropped > 0) {
            events.publishEvent(new ObservableChanged(Actor.current(), "observable.candidates-dropped", kind, key,
                    dropped + " candidates dropped"));
        }
        return dropped;
    }

    private record Row(UUID id, ObservableType type, String value, java.time.Instant createdAt) {
    }

    private List<Row> rows(LinkedRecord record) {
        return jdbc.sql("SELECT id, obs_type, obs_value, created_at FROM observable_candidate WHERE record_kind = ? AND record_id = ? "
                        + "ORDER BY created_at, id").params(record.kind(), record.id())
                .query((rs, i) -> new Row(rs.getObject(1, UUID.class), ObservableType.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getTimestamp(4).toInstant())).list();
    }

    private Candidate candidate(Row r) {
        var value = new ObservableValue(r.type(), r.value(), r.value(), null);
        return new Candidate(r.id(), r.type(), r.value(), canonicaliser.defang(value), warninglists.matcher().hits(value), r.createdAt());
    }
}
