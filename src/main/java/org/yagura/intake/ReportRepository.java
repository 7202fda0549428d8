package org.yagura.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yagura.shared.Tlp;

/** Reports in {@code intake_report}, written and read with plain SQL: intake is a hot path. */
@Repository
class ReportRepository {

    static final String COLUMNS = "id, report_key, channel, source, external_reference, reporter, received_at, summary, body, "
            + "suggested_class, suggested_type, tlp, status, decision, decision_reason, duplicate_of, forwarded_to, "
            + "forwarded_at, incident_key, class_key, type_key, triaged_by, triaged_at, created_by, created_by_id, created_at, version";
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ReportRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    private static final String INSERT = "INSERT INTO intake_report (id, report_key, channel, source, external_reference, "
            + "reporter, received_at, summary, body, suggested_class, suggested_type, tlp, status, created_by, created_by_id, "
            + "created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

    /** Inserts new reports in JDBC batches. */
    void insertAll(List<ReportView> reports) {
        List<Object[]> rows = reports.stream().map(r -> new Object[] {r.id(), r.key(), r.channel().name(), r.source(),
                r.externalReference(), r.reporter(), ts(r.receivedAt()), r.summary(), r.body(), r.suggestedClass(),
                r.suggestedType(), r.tlp().name(), r.status().name(), r.createdBy(), r.createdById(), ts(r.createdAt())})
                .toList();
        batch.batchUpdate(INSERT, rows);
    }

    Optional<ReportView> findByKey(String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM intake_report WHERE report_key = ?").param(key)
                .query(ReportRepository::map).optional();
    }

    Optional<ReportView> findById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM intake_report WHERE id = ?").param(id)
                .query(ReportRepository::map).optional();
    }

    Optional<ReportView> findByExternalReference(String source, String externalReference) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM intake_report WHERE source = ? AND external_reference = ?")
                .params(source, externalReference).query(ReportRepository::map).optional();
    }

    /** The reports with these keys (unknown keys are left out). */
    List<ReportView> findByKeys(Collection<String> keys) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM intake_report WHERE report_key IN (:keys) ORDER BY report_key")
                .param("keys", List.copyOf(keys)).query(ReportRepository::map).list();
    }

    /** Points the reports {@code ids} that belong to incident {@code fromIncident} at {@code toIncident}. */
    int moveIncident(Collection<UUID> ids, String fromIncident, String toIncident) {
        return ids.isEmpty() ? 0 : jdbc.sql("UPDATE intake_report SET incident_key = :to, version = version + 1"
                        + " WHERE id IN (:ids) AND incident_key = :from")
                .param("to", toIncident).param("from", fromIncident).param("ids", List.copyOf(ids)).update();
    }

    /** Points a report that went into an incident at another incident; false when it never went into one. */
    boolean moveIncident(UUID id, String toIncident) {
        return jdbc.sql("UPDATE intake_report SET incident_key = ?, version = version + 1 WHERE id = ? AND incident_key IS NOT NULL")
                .params(toIncident, id).update() == 1;
    }

    /** Saves a triage decision if nobody changed the report since {@code version}; false otherwise. */
    boolean triage(ReportView r, long version) {
        return jdbc.sql("UPDATE intake_report SET status = ?, decision = ?, decision_reason = ?, duplicate_of = ?, "
                        + "forwarded_to = ?, forwarded_at = ?, incident_key = ?, class_key = ?, type_key = ?, triaged_by = ?, triaged_at = ?, "
                        + "version = version + 1 WHERE id = ? AND version = ? AND status = 'NEW'")
                .params(r.status().name(), r.decision() == null ? null : r.decision().name(), r.decisionReason(),
                        r.duplicateOf(), r.forwardedTo(), ts(r.forwardedAt()), r.incidentKey(), r.classKey(), r.typeKey(), r.triagedBy(),
                        ts(r.triagedAt()), r.id(), version)
                .update() == 1;
    }

    /**
     * A page of reports, newest received first, that the viewer may read: TLP:RED reports only for
     * the user who entered them.
     */
    List<ReportView> page(@Nullable ReportStatus status, String viewer, @Nullable Instant beforeReceived,
            @Nullable UUID beforeId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM intake_report WHERE (tlp <> 'RED' OR created_by = :viewer)");
        var spec = new java.util.LinkedHashMap<String, Object>();
        spec.put("viewer", viewer);
        if (status != null) {
            sql.append(" AND status = :status");
            spec.put("status", status.name());
        }
        if (beforeReceived != null && beforeId != null) {
            sql.append(" AND (received_at < :received OR (received_at = :received AND id < :id))");
            spec.put("received", ts(beforeReceived));
            spec.put("id", beforeId);
        }
        sql.append(" ORDER BY received_at DESC, id DESC LIMIT :limit");
        spec.put("limit", limit);
        return jdbc.sql(sql.toString()).params(spec).query(ReportRepository::map).list();
    }

    /** Reports of the same reporter, or with the same summary, received within the window around a report. */
    List<ReportView> similar(ReportView report, Instant from, Instant to, String viewer, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM intake_report WHERE id <> :id AND (tlp <> 'RED' OR created_by = :viewer)"
                        + " AND received_at BETWEEN :from AND :to"
                        + " AND (lower(reporter) = lower(:reporter) OR lower(summary) = lower(:summary))"
                        + " ORDER BY received_at DESC LIMIT :limit")
                .param("id", report.id()).param("viewer", viewer).param("from", ts(from)).param("to", ts(to))
                .param("reporter", report.reporter()).param("summary", report.summary()).param("limit", limit)
                .query(ReportRepository::map).list();
    }

    private static @Nullable Timestamp ts(@Nullable Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static ReportView map(ResultSet rs, int row) throws SQLException {
        String decision = rs.getString("decision");
        return new ReportView(rs.getObject("id", UUID.class), rs.getString("report_key"),
                Channel.valueOf(rs.getString("channel")), rs.getString("source"), rs.getString("external_reference"),
                rs.getString("reporter"), instant(rs, "received_at"), rs.getString("summary"), rs.getString("body"),
                rs.getString("suggested_class"), rs.getString("suggested_type"), Tlp.valueOf(rs.getString("tlp")),
                ReportStatus.valueOf(rs.getString("status")), decision == null ? null : TriageDecision.valueOf(decision),
                rs.getString("decision_reason"), rs.getString("duplicate_of"), rs.getString("forwarded_to"),
                instant(rs, "forwarded_at"), rs.getString("incident_key"), rs.getString("class_key"), rs.getString("type_key"),
                rs.getString("triaged_by"), instant(rs, "triaged_at"), rs.getString("created_by"),
                rs.getObject("created_by_id", UUID.class), instant(rs, "created_at"), rs.getLong("version"));
    }
}
