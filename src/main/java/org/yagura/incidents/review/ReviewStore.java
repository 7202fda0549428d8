package org.yagura.incidents.review;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yagura.taxonomy.Priority;

/** Reviews, their action items and the review settings in {@code incident_review*}; writes check the version read. */
@Component
class ReviewStore {

    private static final String REVIEW = "incident_key, summary, root_cause, what_worked, what_did_not, completed_at,"
            + " completed_by, updated_by, updated_at, version";
    private static final String ACTION = "id, incident_key, title, owner, due_date, state, created_by, created_at,"
            + " closed_at, version";
    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReviewView> review(UUID incidentId) {
        return jdbc.sql("SELECT " + REVIEW + " FROM incident_review WHERE incident_id = ?").param(incidentId)
                .query((rs, n) -> review(rs)).optional();
    }

    /** Inserts (expected version -1) or updates the text; false when someone changed the review since. */
    boolean saveText(UUID incidentId, String key, ReviewText t, long expectedVersion, String by, Instant now) {
        if (expectedVersion < 0) {
            if (review(incidentId).isPresent()) {
                return false;
            }
            return jdbc.sql("INSERT INTO incident_review (incident_id, incident_key, summary, root_cause, what_worked,"
                            + " what_did_not, updated_by, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)")
                    .params(incidentId, key, t.summary(), t.rootCause(), t.whatWorked(), t.whatDidNot(), by,
                            Timestamp.from(now)).update() == 1;
        }
        return jdbc.sql("UPDATE incident_review SET summary = ?, root_cause = ?, what_worked = ?, what_did_not = ?,"
                        + " updated_by = ?, updated_at = ?, version = version + 1 WHERE incident_id = ? AND version = ?")
                .params(t.summary(), t.rootCause(), t.whatWorked(), t.whatDidNot(), by, Timestamp.from(now), incidentId,
                        expectedVersion).update() == 1;
    }

    /** Marks the review completed (or, with null, not completed); false when someone changed it since. */
    boolean setCompleted(UUID incidentId, @Nullable Instant at, @Nullable String by, long expectedVersion, Instant now) {
        return jdbc.sql("UPDATE incident_review SET completed_at = ?, completed_by = ?, updated_by = COALESCE(?, updated_by),"
                        + " updated_at = ?, version = version + 1 WHERE incident_id = ? AND version = ?")
                .params(at == null ? null : Timestamp.from(at), by, by, Timestamp.from(now), incidentId, expectedVersion)
                .update() == 1;
    }

    ActionItemView insertAction(UUID incidentId, String key, String title, UUID ownerId, String owner,
            @Nullable LocalDate due, String by, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO incident_review_action (id, incident_id, incident_key, title, owner_id, owner, due_date, state,"
                        + " created_by, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, 0)")
                .params(id, incidentId, key, title, ownerId, owner, due == null ? null : Date.valueOf(due), by,
                        Timestamp.from(now)).update();
        return new ActionItemView(id, key, title, owner, due, ActionItemState.OPEN, by, now, null, 0);
    }

    List<ActionItemView> actions(UUID incidentId) {
        return jdbc.sql("SELECT " + ACTION + " FROM incident_review_action WHERE incident_id = ? ORDER BY created_at, id")
                .param(incidentId).query((rs, n) -> action(rs)).list();
    }

    Optional<ActionItemView> action(UUID incidentId, UUID actionId) {
        return jdbc.sql("SELECT " + ACTION + " FROM incident_review_action WHERE incident_id = ? AND id = ?")
                .params(incidentId, actionId).query((rs, n) -> action(rs)).optional();
    }

    boolean setActionState(UUID actionId, ActionItemState state, long expectedVersion, Instant now) {
        return jdbc.sql("UPDATE incident_review_action SET state = ?, closed_at = ?, version = version + 1"
                        + " WHERE id = ? AND version = ?")
                .params(state.name(), state == ActionItemState.OPEN ? null : Timestamp.from(now), actionId, expectedVersion)
                .update() == 1;
    }

    /** Open action items across incidents, earliest due first (none last); of one owner and/or overdue on {@code today}. */
    List<ActionItemView> openActions(@Nullable UUID ownerId, @Nullable LocalDate overdueOn, int limit) {
        StringBuilder where = new StringBuilder(" WHERE state = 'OPEN'");
        if (ownerId != null) {
            where.append(" AND owner_id = :owner");
        }
        if (overdueOn != null) {
            where.append(" AND due_date < :today");
        }
        var query = jdbc.sql("SELECT " + ACTION + " FROM incident_review_action" + where
                + " ORDER BY CASE WHEN due_date IS NULL THEN 1 ELSE 0 END, due_date, created_at, id LIMIT :limit")
                .param("limit", limit);
        if (ownerId != null) {
            query = query.param("owner", ownerId);
        }
        if (overdueOn != null) {
            query = query.param("today", Date.valueOf(overdueOn));
        }
        return query.query((rs, n) -> action(rs)).list();
    }

    Set<Priority> requiredPriorities() {
        Set<Priority> set = EnumSet.noneOf(Priority.class);
        jdbc.sql("SELECT priority FROM incident_review_required").query(String.class).list()
                .forEach(p -> set.add(Priority.valueOf(p)));
        return set;
    }

    void replaceRequiredPriorities(Set<Priority> priorities, String by) {
        jdbc.sql("DELETE FROM incident_review_required").update();
        Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
        for (Priority p : priorities) {
            jdbc.sql("INSERT INTO incident_review_required (priority, updated_by, updated_at) VALUES (?, ?, ?)")
                    .params(p.name(), by, now).update();
        }
    }

    private static ReviewView review(ResultSet rs) throws SQLException {
        return new ReviewView(rs.getString("incident_key"), rs.getString("summary"), rs.getString("root_cause"),
                rs.getString("what_worked"), rs.getString("what_did_not"), instant(rs, "completed_at"),
                rs.getString("completed_by"), rs.getString("updated_by"), instant(rs, "updated_at"), rs.getLong("version"));
    }

    private static ActionItemView action(ResultSet rs) throws SQLException {
        Date due = rs.getDate("due_date");
        return new ActionItemView(rs.getObject("id", UUID.class), rs.getString("incident_key"), rs.getString("title"),
                rs.getString("owner"), due == null ? null : due.toLocalDate(), ActionItemState.valueOf(rs.getString("state")),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), instant(rs, "closed_at"),
                rs.getLong("version"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
