package org.yagura.incidents;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tasks and mitigation actions in {@code incident_task}. */
@Component
class IncidentTasks {

    private static final String COLUMNS = "id, title, kind, state, assignee, due_date, created_by, created_at, done_at, version, description";
    private final JdbcClient jdbc;

    IncidentTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    TaskView insert(UUID incidentId, String incidentKey, String title, TaskKind kind, @Nullable UUID assigneeId,
            @Nullable String assignee, java.time.@Nullable LocalDate due, @Nullable String description, String by, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO incident_task (id, incident_id, title, kind, state, assignee_id, assignee, due_date, created_by,"
                        + " created_at, version, description) VALUES (?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, 0, ?)")
                .params(id, incidentId, title, kind.name(), assigneeId, assignee, due == null ? null : Date.valueOf(due), by,
                        Timestamp.from(now), description)
                .update();
        return new TaskView(id, incidentKey, title, kind, TaskState.OPEN, assignee, due, by, now, null, 0, description);
    }

    List<TaskView> of(UUID incidentId, String incidentKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM incident_task WHERE incident_id = ? ORDER BY created_at, id")
                .param(incidentId).query((rs, n) -> map(rs, incidentKey)).list();
    }

    Optional<TaskView> find(UUID incidentId, String incidentKey, UUID taskId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM incident_task WHERE incident_id = ? AND id = ?")
                .params(incidentId, taskId).query((rs, n) -> map(rs, incidentKey)).optional();
    }

    long pending(UUID incidentId) {
        return jdbc.sql("SELECT count(*) FROM incident_task WHERE incident_id = ? AND state IN ('OPEN', 'BLOCKED')")
                .param(incidentId).query(Long.class).single();
    }

    /** Changes a task's state if nobody changed it since {@code version}; false otherwise. */
    boolean setState(UUID taskId, TaskState state, long version, Instant now) {
        return jdbc.sql("UPDATE incident_task SET state = ?, done_at = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(state.name(), state == TaskState.DONE ? Timestamp.from(now) : null, taskId, version).update() == 1;
    }

    /** Moves every task of one incident to another (when incidents are merged). */
    int move(UUID fromId, UUID toId) {
        return jdbc.sql("UPDATE incident_task SET incident_id = ?, version = version + 1 WHERE incident_id = ?")
                .params(toId, fromId).update();
    }

    /** Moves the given tasks of one incident to another (when an incident is split); returns how many moved. */
    int move(UUID fromId, UUID toId, java.util.Collection<UUID> taskIds) {
        return taskIds.isEmpty() ? 0 : jdbc.sql("UPDATE incident_task SET incident_id = :to, version = version + 1"
                        + " WHERE incident_id = :from AND id IN (:ids)")
                .param("to", toId).param("from", fromId).param("ids", List.copyOf(taskIds)).update();
    }

    private static TaskView map(ResultSet rs, String incidentKey) throws SQLException {
        Date due = rs.getDate("due_date");
        Timestamp done = rs.getTimestamp("done_at");
        return new TaskView(rs.getObject("id", UUID.class), incidentKey, rs.getString("title"),
                TaskKind.valueOf(rs.getString("kind")), TaskState.valueOf(rs.getString("state")), rs.getString("assignee"),
                due == null ? null : due.toLocalDate(), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                done == null ? null : done.toInstant(), rs.getLong("version"), rs.getString("description"));
    }
}
