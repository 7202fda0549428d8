package org.yagura.incidents.statement;

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

/** Media statements in {@code incident_media_statement}; an update only succeeds on the version it was read at. */
@Component
class MediaStatementStore {

    private static final String COLUMNS = "id, incident_id, incident_key, title, body, language, state, author, submitted_at,"
            + " approved_by, approved_at, released_by, released_at, created_at, updated_by, updated_at, version";
    private final JdbcClient jdbc;

    MediaStatementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(MediaStatement statement) {
        MediaStatementView v = statement.view();
        jdbc.sql("INSERT INTO incident_media_statement (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(v.id(), statement.incidentId(), v.incidentKey(), v.title(), v.body(), v.language(), v.state().name(),
                        v.author(), ts(v.submittedAt()), v.approvedBy(), ts(v.approvedAt()), v.releasedBy(),
                        ts(v.releasedAt()), ts(v.createdAt()), v.updatedBy(), ts(v.updatedAt()))
                .update();
    }

    /** Writes the statement if nobody changed it since it was read; false otherwise. */
    boolean update(MediaStatement statement, long expectedVersion) {
        MediaStatementView v = statement.view();
        return jdbc.sql("UPDATE incident_media_statement SET title = ?, body = ?, language = ?, state = ?, submitted_at = ?,"
                        + " approved_by = ?, approved_at = ?, released_by = ?, released_at = ?, updated_by = ?, updated_at = ?,"
                        + " version = version + 1 WHERE id = ? AND version = ?")
                .params(v.title(), v.body(), v.language(), v.state().name(), ts(v.submittedAt()), v.approvedBy(),
                        ts(v.approvedAt()), v.releasedBy(), ts(v.releasedAt()), v.updatedBy(), ts(v.updatedAt()), v.id(),
                        expectedVersion)
                .update() == 1;
    }

    Optional<MediaStatement> find(UUID incidentId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM incident_media_statement WHERE incident_id = ? AND id = ?")
                .params(incidentId, id).query((rs, n) -> map(rs)).optional();
    }

    List<MediaStatementView> of(UUID incidentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM incident_media_statement WHERE incident_id = ? ORDER BY created_at, id")
                .param(incidentId).query((rs, n) -> map(rs).view()).list();
    }

    private static MediaStatement map(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new MediaStatement(id, rs.getObject("incident_id", UUID.class), new MediaStatementView(id,
                rs.getString("incident_key"), rs.getString("title"), rs.getString("body"), rs.getString("language"),
                MediaStatementState.valueOf(rs.getString("state")), rs.getString("author"), instant(rs, "submitted_at"),
                rs.getString("approved_by"), instant(rs, "approved_at"), rs.getString("released_by"),
                instant(rs, "released_at"), rs.getTimestamp("created_at").toInstant(), rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant(), rs.getLong("version")));
    }

    private static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
