package org.yagura.incidents.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yagura.taxonomy.Priority;

/** The rows of {@code sla_clock} and {@code sla_pause}. */
@Component
class SlaClockStore {

    private static final String COLUMNS = "c.id, c.record_id, c.kind, c.priority, c.target_minutes, c.business_hours, "
            + "c.started_at, c.due_at, c.stopped_at, c.breached_at";
    private static final int CHUNK = 500;
    private final JdbcClient jdbc;

    SlaClockStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored clock. */
    record Row(UUID id, UUID recordId, SlaKind kind, Priority priority, Duration target, boolean businessHours,
            Instant startedAt, @Nullable Instant dueAt, @Nullable Instant stoppedAt, @Nullable Instant breachedAt) {

        SlaClock engine(List<PauseInterval> pauses) {
            return new SlaClock(kind, startedAt, target, businessHours, pauses, stoppedAt);
        }
    }

    /** The clocks and pauses of some records. */
    record Records(Map<UUID, List<Row>> clocks, Map<UUID, List<PauseInterval>> pauses) {

        List<PauseInterval> pausesOf(UUID recordId) {
            return pauses.getOrDefault(recordId, List.of());
        }
    }

    List<Row> clocks(UUID recordId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sla_clock c WHERE c.record_id = ?").param(recordId)
                .query((rs, n) -> row(rs)).list().stream()
                .sorted(java.util.Comparator.comparing(Row::kind)).toList();
    }

    Optional<Row> clock(UUID recordId, SlaKind kind) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sla_clock c WHERE c.record_id = ? AND c.kind = ?")
                .params(recordId, kind.name()).query((rs, n) -> row(rs)).optional();
    }

    List<PauseInterval> pauses(UUID recordId) {
        return jdbc.sql("SELECT paused_at, resumed_at FROM sla_pause WHERE record_id = ? ORDER BY paused_at")
                .param(recordId)
                .query((rs, n) -> new PauseInterval(instant(rs, 1), instant(rs, 2))).list();
    }

    /** Clocks and pauses of many records, one query per 500 records. */
    Records records(Collection<UUID> recordIds) {
        Map<UUID, Map<UUID, Row>> clocks = new LinkedHashMap<>();
        Map<UUID, Set<PauseInterval>> pauses = new LinkedHashMap<>();
        List<UUID> ids = List.copyOf(new LinkedHashSet<>(recordIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql("SELECT " + COLUMNS + ", p.paused_at, p.resumed_at FROM sla_clock c "
                            + "LEFT JOIN sla_pause p ON p.record_id = c.record_id WHERE c.record_id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .query(rs -> {
                        Row row = row(rs);
                        clocks.computeIfAbsent(row.recordId(), k -> new LinkedHashMap<>()).putIfAbsent(row.id(), row);
                        Instant pausedAt = instant(rs, 11);
                        if (pausedAt != null) {
                            pauses.computeIfAbsent(row.recordId(), k -> new LinkedHashSet<>())
                                    .add(new PauseInterval(pausedAt, instant(rs, 12)));
                        }
                    });
        }
        Map<UUID, List<Row>> byRecord = new LinkedHashMap<>();
        clocks.forEach((record, rows) -> byRecord.put(record, rows.values().stream()
                .sorted(java.util.Comparator.comparing(Row::kind)).toList()));
        Map<UUID, List<PauseInterval>> pauseLists = new LinkedHashMap<>();
        pauses.forEach((record, set) -> pauseLists.put(record, List.copyOf(set)));
        return new Records(byRecord, pauseLists);
    }

    List<Row> openClocks() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sla_clock c WHERE c.stopped_at IS NULL").query((rs, n) -> row(rs)).list();
    }

    /**
     * The records with a running clock at risk or breached at {@code now}: plain comparisons on the stored
     * {@code at_risk_at} and {@code due_at}, both indexed (ADR 016).
     */
    List<UUID> recordsAtRiskOrOverdue(Instant now) {
        return jdbc.sql("SELECT DISTINCT record_id FROM sla_clock WHERE stopped_at IS NULL "
                        + "AND (at_risk_at <= :now OR due_at <= :now OR breached_at IS NOT NULL)")
                .param("now", odt(now)).query(UUID.class).list();
    }

    /** The records with a running clock overdue (breached) or at risk but not yet overdue at {@code now}. */
    List<UUID> recordsFlagged(boolean breached, Instant now) {
        String condition = breached ? "(due_at <= :now OR breached_at IS NOT NULL)"
                : "at_risk_at <= :now AND (due_at IS NULL OR due_at > :now) AND breached_at IS NULL";
        return jdbc.sql("SELECT DISTINCT record_id FROM sla_clock WHERE stopped_at IS NULL AND " + condition)
                .param("now", odt(now)).query(UUID.class).list();
    }

    /** Starts a stopped clock again from {@code startedAt}, with a fresh target and no breach. */
    boolean restart(UUID id, Instant startedAt, Priority priority, SlaTarget target, Timing timing) {
        return jdbc.sql("UPDATE sla_clock SET started_at = ?, priority = ?, target_minutes = ?, business_hours = ?, due_at = ?, "
                        + "at_risk_at = ?, stopped_at = NULL, breached_at = NULL, updated_at = ? WHERE id = ? AND stopped_at IS NOT NULL")
                .params(odt(startedAt), priority.name(), target.target().toMinutes(), target.businessHours(),
                        odt(timing.dueAt()), odt(timing.atRiskAt()), odt(Instant.now()), id)
                .update() == 1;
    }

    void insert(Row row, Timing timing) {
        jdbc.sql("INSERT INTO sla_clock (id, record_id, kind, priority, target_minutes, business_hours, started_at, due_at, "
                        + "at_risk_at, stopped_at, breached_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)")
                .params(row.id(), row.recordId(), row.kind().name(), row.priority().name(), row.target().toMinutes(),
                        row.businessHours(), odt(row.startedAt()), odt(timing.dueAt()), odt(timing.atRiskAt()),
                        odt(Instant.now()))
                .update();
    }

    void updateDue(UUID id, Timing timing) {
        jdbc.sql("UPDATE sla_clock SET due_at = ?, at_risk_at = ?, updated_at = ? WHERE id = ?")
                .params(odt(timing.dueAt()), odt(timing.atRiskAt()), odt(Instant.now()), id)
                .update();
    }

    void retarget(UUID id, Priority priority, SlaTarget target, Timing timing) {
        jdbc.sql("UPDATE sla_clock SET priority = ?, target_minutes = ?, business_hours = ?, due_at = ?, at_risk_at = ?, "
                        + "updated_at = ? WHERE id = ? AND stopped_at IS NULL")
                .params(priority.name(), target.target().toMinutes(), target.businessHours(), odt(timing.dueAt()),
                        odt(timing.atRiskAt()), odt(Instant.now()), id)
                .update();
    }

    /** The stored instants of a running clock: when it falls due and when it becomes at risk (either null while paused). */
    record Timing(@Nullable Instant dueAt, @Nullable Instant atRiskAt) {
    }

    /** The stored at-risk instant of a clock, for tests and the backfill check. */
    Optional<Instant> atRiskAt(UUID recordId, SlaKind kind) {
        return jdbc.sql("SELECT at_risk_at FROM sla_clock WHERE record_id = ? AND kind = ?").params(recordId, kind.name())
                .query((rs, n) -> Optional.ofNullable(instant(rs, 1))).optional().flatMap(o -> o);
    }

    boolean stop(UUID id, Instant at) {
        return jdbc.sql("UPDATE sla_clock SET stopped_at = ?, updated_at = ? WHERE id = ? AND stopped_at IS NULL")
                .params(odt(at), odt(Instant.now()), id).update() == 1;
    }

    /** Marks a running clock breached if it is still unbreached and due by {@code now}; false when another node did. */
    boolean markDueBreached(UUID id, Instant now) {
        return jdbc.sql("UPDATE sla_clock SET breached_at = ?, updated_at = ? WHERE id = ? AND breached_at IS NULL "
                        + "AND stopped_at IS NULL AND due_at IS NOT NULL AND due_at <= ?")
                .params(odt(now), odt(Instant.now()), id, odt(now)).update() == 1;
    }

    /** Marks a clock that was stopped late breached, unless it already is. */
    boolean markStoppedLate(UUID id, Instant at) {
        return jdbc.sql("UPDATE sla_clock SET breached_at = ?, updated_at = ? WHERE id = ? AND breached_at IS NULL")
                .params(odt(at), odt(Instant.now()), id).update() == 1;
    }

    /** Running clocks past their due time and not yet marked, the longest overdue first. */
    List<Row> dueUnbreached(Instant now, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sla_clock c WHERE c.breached_at IS NULL AND c.stopped_at IS NULL "
                        + "AND c.due_at <= ? ORDER BY c.due_at LIMIT ?")
                .params(odt(now), limit).query((rs, n) -> row(rs)).list();
    }

    void insertPause(UUID recordId, Instant at) {
        jdbc.sql("INSERT INTO sla_pause (record_id, paused_at, resumed_at) VALUES (?, ?, NULL)").params(recordId, odt(at)).update();
    }

    void resumePause(UUID recordId, Instant pausedAt, Instant at) {
        jdbc.sql("UPDATE sla_pause SET resumed_at = ? WHERE record_id = ? AND paused_at = ? AND resumed_at IS NULL")
                .params(odt(at), recordId, odt(pausedAt)).update();
    }

    static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), SlaKind.valueOf(rs.getString(3)),
                Priority.valueOf(rs.getString(4)), Duration.ofMinutes(rs.getInt(5)), rs.getBoolean(6),
                instant(rs, 7), instant(rs, 8), instant(rs, 9), instant(rs, 10));
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable OffsetDateTime odt(@Nullable Instant instant) {
        return instant == null ? null : micros(instant).atOffset(ZoneOffset.UTC);
    }
}
