package org.yagura.incidents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yagura.shared.Tlp;
import org.yagura.taxonomy.Impact;
import org.yagura.taxonomy.Pap;
import org.yagura.taxonomy.Priority;
import org.yagura.taxonomy.Urgency;

/**
 * Filtered, keyset-paginated incident lists, newest first, read straight into {@link IncidentView}s with
 * SQL (the hot read path of the list and of full-text search; writes go through {@link Incident}).
 * TLP:RED incidents are left out unless the viewer takes part.
 */
@Component
class IncidentSearch {

    static final Duration RECENT = Duration.ofDays(30);
    private static final String COLUMNS = "i.id, i.incident_key, i.title, i.description, i.class_key, i.type_key,"
            + " i.impact, i.urgency, i.priority, i.tlp, i.pap, i.constituency, i.affected_organisation, i.assignee_id,"
            + " i.assignee, i.team_id, i.status, i.resolution, i.parent_key, i.duplicate_of, i.occurred_at,"
            + " i.detected_at, i.reported_at, i.acknowledged_at, i.contained_at, i.resolved_at, i.closed_at,"
            + " i.impact_confidentiality, i.impact_integrity, i.impact_availability, i.business_impact,"
            + " i.services_affected, i.assets_affected, i.personal_data_breach, i.personal_data_records, i.created_by,"
            + " i.created_at, i.updated_at, i.version";
    /** A running clock of incident {@code i} at risk (not yet overdue) at {@code :slaNow}. */
    private static final String AT_RISK = "exists (select 1 from sla_clock c where c.record_id = i.id"
            + " and c.stopped_at is null and c.at_risk_at <= :slaNow and (c.due_at is null or c.due_at > :slaNow)"
            + " and c.breached_at is null)";
    /** A running clock of incident {@code i} overdue at {@code :slaNow}, or with its breach recorded. */
    private static final String BREACHED = "exists (select 1 from sla_clock c where c.record_id = i.id"
            + " and c.stopped_at is null and (c.due_at <= :slaNow or c.breached_at is not null))";
    private static final String AT_RISK_OR_BREACHED = "exists (select 1 from sla_clock c where c.record_id = i.id"
            + " and c.stopped_at is null and (c.at_risk_at <= :slaNow or c.due_at <= :slaNow"
            + " or c.breached_at is not null))";
    private static final int IN_LIST = 1000;

    private final JdbcClient jdbc;

    IncidentSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<IncidentView> page(IncidentFilter f, UUID viewer, @Nullable Instant beforeCreated, @Nullable UUID beforeId,
            int limit) {
        return page(f, viewer, beforeCreated, beforeId, limit, Instant.now());
    }

    /** A page as the list stands at {@code now}: the queues and SLA filters compare stored instants with it. */
    List<IncidentView> page(IncidentFilter f, UUID viewer, @Nullable Instant beforeCreated, @Nullable UUID beforeId,
            int limit, Instant now) {
        StringBuilder sql = new StringBuilder("select ").append(COLUMNS).append(" from incident i where (i.tlp <> 'RED'"
                + " or exists (select 1 from incident_participant p where p.incident_id = i.id and p.user_id = :viewer))");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("viewer", viewer);
        switch (f.queue()) {
            case MINE -> sql.append(" and i.assignee_id = :viewer and i.status <> 'CLOSED'");
            case UNASSIGNED -> sql.append(" and i.assignee_id is null and i.status <> 'CLOSED'");
            case OPEN -> sql.append(" and i.status <> 'CLOSED'");
            case RECENTLY_CLOSED -> {
                sql.append(" and i.status = 'CLOSED' and i.closed_at >= :closedSince");
                params.put("closedSince", timestamp(now.minus(RECENT)));
            }
            case AT_RISK -> {
                sql.append(" and i.status <> 'CLOSED' and ").append(AT_RISK_OR_BREACHED);
                params.put("slaNow", timestamp(now));
            }
            case ALL -> {
                // no restriction
            }
        }
        add(sql, params, "i.status = :status", "status", f.status() == null ? null : f.status().name());
        add(sql, params, "i.class_key = :classKey", "classKey", f.classKey());
        add(sql, params, "i.priority = :priority", "priority", f.priority() == null ? null : f.priority().name());
        add(sql, params, "i.tlp = :tlp", "tlp", f.tlp() == null ? null : f.tlp().name());
        add(sql, params, "i.assignee = :assignee", "assignee", f.assignee());
        add(sql, params, "i.team_id = :teamId", "teamId", f.teamId());
        add(sql, params, "lower(i.constituency) = lower(:constituency)", "constituency", f.constituency());
        add(sql, params, "i.created_at >= :from", "from", f.from() == null ? null : timestamp(f.from()));
        add(sql, params, "i.created_at < :to", "to", f.to() == null ? null : timestamp(f.to()));
        if (f.sla() != null) {
            sql.append(" and ").append(f.sla() == IncidentSlaFlag.AT_RISK ? AT_RISK : BREACHED);
            params.put("slaNow", timestamp(now));
        }
        if (beforeCreated != null && beforeId != null) {
            sql.append(" and (i.created_at < :beforeCreated or (i.created_at = :beforeCreated and i.id < :beforeId))");
            params.put("beforeCreated", timestamp(beforeCreated));
            params.put("beforeId", beforeId);
        }
        sql.append(" order by i.created_at desc, i.id desc fetch first ").append(Math.max(0, limit)).append(" rows only");
        return withParticipants(jdbc.sql(sql.toString()).params(params).query(IncidentSearch::row).list());
    }

    /** The incidents with these ids, in no particular order; unknown ids are left out. */
    List<IncidentView> byIds(Collection<UUID> ids) {
        List<UUID> all = List.copyOf(new HashSet<>(ids));
        List<IncidentView> rows = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += IN_LIST) {
            rows.addAll(jdbc.sql("select " + COLUMNS + " from incident i where i.id in (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + IN_LIST)))
                    .query(IncidentSearch::row).list());
        }
        return withParticipants(rows);
    }

    /** The rows with their participant sets filled in by one query per page. */
    private List<IncidentView> withParticipants(List<IncidentView> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, Set<UUID>> participants = new HashMap<>();
        List<UUID> ids = rows.stream().map(IncidentView::id).toList();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            jdbc.sql("select incident_id, user_id from incident_participant where incident_id in (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST)))
                    .query(rs -> {
                        participants.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                                .add(rs.getObject(2, UUID.class));
                    });
        }
        if (participants.isEmpty()) {
            return rows;
        }
        return rows.stream().map(v -> participants.containsKey(v.id()) ? withParticipants(v, participants.get(v.id())) : v)
                .toList();
    }

    private static IncidentView withParticipants(IncidentView v, Set<UUID> participants) {
        return new IncidentView(v.id(), v.key(), v.title(), v.description(), v.classKey(), v.typeKey(), v.impact(),
                v.urgency(), v.priority(), v.tlp(), v.pap(), v.constituency(), v.affectedOrganisation(), v.assigneeId(),
                v.assignee(), v.teamId(), v.status(), v.resolution(), v.parentKey(), v.duplicateOf(), v.occurredAt(),
                v.detectedAt(), v.reportedAt(), v.acknowledgedAt(), v.containedAt(), v.resolvedAt(), v.closedAt(),
                v.confidentiality(), v.integrity(), v.availability(), v.businessImpact(), v.servicesAffected(),
                v.assetsAffected(), v.personalDataBreach(), v.personalDataRecords(), participants, v.createdBy(),
                v.createdAt(), v.updatedAt(), v.version());
    }

    private static IncidentView row(ResultSet rs, int n) throws SQLException {
        long records = rs.getLong(35);
        Long personalDataRecords = rs.wasNull() ? null : records;
        return new IncidentView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), Impact.valueOf(rs.getString(7)), Urgency.valueOf(rs.getString(8)),
                Priority.valueOf(rs.getString(9)), Tlp.valueOf(rs.getString(10)), Pap.valueOf(rs.getString(11)),
                rs.getString(12), rs.getString(13), rs.getObject(14, UUID.class), rs.getString(15),
                rs.getObject(16, UUID.class), IncidentStatus.valueOf(rs.getString(17)),
                rs.getString(18) == null ? null : Resolution.valueOf(rs.getString(18)), rs.getString(19),
                rs.getString(20), instant(rs, 21), instant(rs, 22), instant(rs, 23), instant(rs, 24), instant(rs, 25),
                instant(rs, 26), instant(rs, 27), level(rs, 28), level(rs, 29), level(rs, 30), rs.getString(31),
                rs.getString(32), rs.getString(33), rs.getBoolean(34), personalDataRecords, Set.of(), rs.getString(36),
                instant(rs, 37), instant(rs, 38), rs.getLong(39));
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static @Nullable ImpactLevel level(ResultSet rs, int column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : ImpactLevel.valueOf(s);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static void add(StringBuilder sql, Map<String, Object> params, String condition, String name,
            @Nullable Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            sql.append(" and ").append(condition);
            params.put(name, value);
        }
    }
}
