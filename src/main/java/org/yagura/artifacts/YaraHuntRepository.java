package org.yagura.artifacts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Retro-hunts in {@code yara_hunt}, and the artifacts a hunt walks through in (created_at, id) order. */
@Repository
class YaraHuntRepository {

    private static final String SELECT = "SELECT h.id, h.hunt_key, h.rule_set_id, r.rule_set_key, h.status, h.total, h.done, "
            + "h.matches, h.errors, h.last_error, h.cancel_requested, h.started_by, h.created_at, h.finished_at "
            + "FROM yara_hunt h LEFT JOIN yara_rule_set r ON r.id = h.rule_set_id ";
    private final JdbcClient jdbc;

    YaraHuntRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String key, @Nullable UUID ruleSetId, int total, String startedBy, Instant at) {
        jdbc.sql("INSERT INTO yara_hunt (id, hunt_key, rule_set_id, status, total, done, matches, errors, cancel_requested, "
                        + "started_by, created_at) VALUES (?, ?, ?, 'QUEUED', ?, 0, 0, 0, FALSE, ?, ?)")
                .params(id, key, ruleSetId, total, startedBy, Timestamp.from(at)).update();
    }

    Optional<YaraHuntView> findByKey(String key) {
        return jdbc.sql(SELECT + "WHERE h.hunt_key = ?").param(key).query(this::map).optional();
    }

    Optional<YaraHuntView> findById(UUID id) {
        return jdbc.sql(SELECT + "WHERE h.id = ?").param(id).query(this::map).optional();
    }

    List<YaraHuntView> recent(int limit) {
        return jdbc.sql(SELECT + "ORDER BY h.created_at DESC, h.hunt_key DESC LIMIT ?").param(limit).query(this::map).list();
    }

    /** The artifacts stored up to the hunt's start, after the cursor, in a stable order. */
    List<Target> artifacts(Instant until, @Nullable Instant afterAt, @Nullable UUID afterId, int limit) {
        if (afterAt == null || afterId == null) {
            return jdbc.sql("SELECT id, artifact_key, sha256, created_at FROM artifact WHERE created_at <= ? "
                            + "ORDER BY created_at, id LIMIT ?").params(Timestamp.from(until), limit).query(this::target).list();
        }
        return jdbc.sql("SELECT id, artifact_key, sha256, created_at FROM artifact WHERE created_at <= ? "
                        + "AND (created_at > ? OR (created_at = ? AND id > ?)) ORDER BY created_at, id LIMIT ?")
                .params(Timestamp.from(until), Timestamp.from(afterAt), Timestamp.from(afterAt), afterId, limit)
                .query(this::target).list();
    }

    int countArtifacts(Instant until) {
        return jdbc.sql("SELECT count(*) FROM artifact WHERE created_at <= ?").param(Timestamp.from(until))
                .query(Integer.class).single();
    }

    /** True while the scan-on-arrival job of an artifact is waiting or running. */
    boolean scanPending(UUID artifactId) {
        return jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = ? AND task_instance = ?")
                .params(YaraScanTask.NAME, artifactId.toString()).query(Long.class).single() > 0;
    }

    /** Takes a queued hunt (or a running one whose node died) into work; false when it has ended or is being cancelled. */
    boolean start(UUID id) {
        return jdbc.sql("UPDATE yara_hunt SET status = 'RUNNING' WHERE id = ? AND status IN ('QUEUED', 'RUNNING')")
                .param(id).update() == 1;
    }

    @Nullable Cursor cursor(UUID id) {
        return jdbc.sql("SELECT cursor_at, cursor_id FROM yara_hunt WHERE id = ?").param(id)
                .query((rs, n) -> rs.getTimestamp("cursor_at") == null ? null
                        : new Cursor(rs.getTimestamp("cursor_at").toInstant(), rs.getObject("cursor_id", UUID.class)))
                .optional().orElse(null);
    }

    /** Records one more scanned artifact; returns true when a cancellation was asked for meanwhile. */
    boolean progress(UUID id, Target scanned, int matches, @Nullable String error) {
        jdbc.sql("UPDATE yara_hunt SET done = done + 1, matches = matches + ?, errors = errors + ?, "
                        + "last_error = COALESCE(?, last_error), cursor_at = ?, cursor_id = ? WHERE id = ?")
                .params(matches, error == null ? 0 : 1, error, Timestamp.from(scanned.createdAt()), scanned.id(), id).update();
        // a hunt deleted with its rule set stops as if cancelled
        return jdbc.sql("SELECT cancel_requested FROM yara_hunt WHERE id = ?").param(id).query(Boolean.class).optional()
                .orElse(true);
    }

    void finish(UUID id, YaraHuntStatus status, @Nullable String error, Instant at) {
        jdbc.sql("UPDATE yara_hunt SET status = ?, last_error = COALESCE(?, last_error), finished_at = ? WHERE id = ?")
                .params(status.name(), error, Timestamp.from(at), id).update();
    }

    /** Asks a hunt to stop; a hunt still queued is cancelled at once. False when it had already ended. */
    boolean requestCancel(UUID id, Instant at) {
        int queued = jdbc.sql("UPDATE yara_hunt SET status = 'CANCELLED', cancel_requested = TRUE, finished_at = ? "
                + "WHERE id = ? AND status = 'QUEUED'").params(Timestamp.from(at), id).update();
        return queued == 1 || jdbc.sql("UPDATE yara_hunt SET cancel_requested = TRUE WHERE id = ? AND status = 'RUNNING'")
                .param(id).update() == 1;
    }

    private Target target(ResultSet rs, int row) throws SQLException {
        return new Target(rs.getObject("id", UUID.class), rs.getString("artifact_key"), rs.getString("sha256"),
                rs.getTimestamp("created_at").toInstant());
    }

    private YaraHuntView map(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new YaraHuntView(rs.getObject("id", UUID.class), rs.getString("hunt_key"), rs.getObject("rule_set_id", UUID.class),
                rs.getString("rule_set_key"), YaraHuntStatus.valueOf(rs.getString("status")), rs.getInt("total"),
                rs.getInt("done"), rs.getInt("matches"), rs.getInt("errors"), rs.getString("last_error"),
                rs.getBoolean("cancel_requested"), rs.getString("started_by"), rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }

    /** An artifact to scan: its id, key and blob. */
    record Target(UUID id, String key, String sha256, Instant createdAt) {
    }

    record Cursor(Instant at, UUID id) {
    }
}
