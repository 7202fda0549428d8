package org.yagura.incidents;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The append-only journal of each incident: entries are added, never changed or removed. */
@Component
class IncidentJournal {

    private final JdbcClient jdbc;

    IncidentJournal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends an entry; the incident's row is locked so that the entries of one incident are numbered without gaps. */
    JournalEntry append(UUID incidentId, String incidentKey, JournalKind kind, String body, @Nullable Instant occurredAt,
            String by) {
        jdbc.sql("SELECT id FROM incident WHERE id = ? FOR UPDATE").param(incidentId).query(UUID.class).single();
        long seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM incident_journal WHERE incident_id = ?")
                .param(incidentId).query(Long.class).single();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant occurred = occurredAt == null ? now : occurredAt.truncatedTo(ChronoUnit.MICROS);
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO incident_journal (id, incident_id, seq, kind, body, occurred_at, recorded_at, recorded_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, incidentId, seq, kind.name(), body, Timestamp.from(occurred), Timestamp.from(now), by).update();
        return new JournalEntry(id, incidentKey, seq, kind, body, occurred, now, by);
    }

    /** The entries of an incident, of the given kinds (empty: all), by occurred-at or recorded-at. */
    List<JournalEntry> entries(UUID incidentId, String incidentKey, Collection<JournalKind> kinds, boolean byOccurred,
            boolean newestFirst) {
        String order = (byOccurred ? "occurred_at" : "recorded_at") + (newestFirst ? " DESC" : " ASC")
                + ", seq" + (newestFirst ? " DESC" : " ASC");
        String where = kinds.isEmpty() ? "" : " AND kind IN (:kinds)";
        var query = jdbc.sql("SELECT id, seq, kind, body, occurred_at, recorded_at, recorded_by FROM incident_journal"
                        + " WHERE incident_id = :incident" + where + " ORDER BY " + order)
                .param("incident", incidentId);
        if (!kinds.isEmpty()) {
            query = query.param("kinds", kinds.stream().map(Enum::name).toList());
        }
        return query.query((rs, n) -> new JournalEntry(rs.getObject("id", UUID.class), incidentKey, rs.getLong("seq"),
                JournalKind.valueOf(rs.getString("kind")), rs.getString("body"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"))).list();
    }

    /** Copies every entry of one incident to another (when incidents are merged), each marked with where it came from. */
    void copy(UUID fromId, String fromKey, UUID toId, String toKey, String by) {
        for (JournalEntry e : entries(fromId, fromKey, List.of(), false, false)) {
            append(toId, toKey, e.kind(), origin(e) + e.body(), e.occurredAt(), by);
        }
    }

    /**
     * Copies the chosen entries of one incident to another (when an incident is split out): each copy keeps
     * its kind and occurred-at and names where it came from; the original entries stay where they are.
     */
    List<JournalEntry> copy(List<JournalEntry> chosen, UUID toId, String toKey, String by) {
        return chosen.stream().map(e -> append(toId, toKey, e.kind(), origin(e) + e.body(), e.occurredAt(), by)).toList();
    }

    static String origin(JournalEntry e) {
        return "[" + e.incidentKey() + " #" + e.seq() + ", " + e.recordedBy() + "] ";
    }
}
