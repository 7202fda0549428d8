package org.yagura.incidents;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Playbooks, their steps and their applications in {@code incident_playbook}, {@code …_step} and {@code …_use}. */
@Component
class PlaybookStore {

    private static final String SELECT = "SELECT p.id, p.class_key, p.type_key, p.name_en, p.name_ja, p.deprecated,"
            + " (SELECT count(*) FROM incident_playbook_use u WHERE u.playbook_id = p.id) AS uses,"
            + " p.updated_by, p.updated_at, p.version FROM incident_playbook p";

    private final JdbcClient jdbc;

    PlaybookStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Playbook> all() {
        Map<String, List<Playbook.Step>> steps = jdbc.sql("SELECT playbook_id, kind, title_en, title_ja, description_en,"
                        + " description_ja, due_days FROM incident_playbook_step ORDER BY playbook_id, position")
                .query((rs, n) -> Map.entry(rs.getString(1), new Playbook.Step(TaskKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getObject(7, Integer.class))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql(SELECT + " ORDER BY p.deprecated, p.class_key, p.id")
                .query((rs, n) -> new Playbook(rs.getString("id"), rs.getString("class_key"), rs.getString("type_key"),
                        rs.getString("name_en"), rs.getString("name_ja"), steps.getOrDefault(rs.getString("id"), List.of()),
                        rs.getBoolean("deprecated"), rs.getLong("uses"), rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant(), rs.getLong("version")))
                .list();
    }

    Optional<Playbook> find(String id) {
        return all().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    boolean exists(String id) {
        return jdbc.sql("SELECT count(*) FROM incident_playbook WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    void insert(Playbook.Draft d, String by, Instant now) {
        jdbc.sql("INSERT INTO incident_playbook (id, class_key, type_key, name_en, name_ja, deprecated, updated_by, updated_at,"
                        + " version) VALUES (?, ?, ?, ?, ?, FALSE, ?, ?, 0)")
                .params(d.id(), d.classKey(), blankToNull(d.typeKey()), d.nameEn().strip(), d.nameJa().strip(), by,
                        Timestamp.from(now))
                .update();
        replaceSteps(d.id(), d.steps());
    }

    /** Rewrites the playbook if nobody changed it since {@code version}; false otherwise. */
    boolean update(String id, Playbook.Change c, String classKey, @Nullable String typeKey, String by, Instant now) {
        int updated = jdbc.sql("UPDATE incident_playbook SET name_en = ?, name_ja = ?, class_key = ?, type_key = ?,"
                        + " updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(c.nameEn().strip(), c.nameJa().strip(), classKey, blankToNull(typeKey), by, Timestamp.from(now), id,
                        c.version())
                .update();
        if (updated == 1) {
            replaceSteps(id, c.steps());
        }
        return updated == 1;
    }

    boolean setDeprecated(String id, boolean deprecated, long version, String by, Instant now) {
        return jdbc.sql("UPDATE incident_playbook SET deprecated = ?, updated_by = ?, updated_at = ?, version = version + 1"
                        + " WHERE id = ? AND version = ?")
                .params(deprecated, by, Timestamp.from(now), id, version).update() == 1;
    }

    /** Deletes a playbook that was never applied (the use table refers to applied ones, so they cannot go). */
    boolean deleteUnused(String id, long version) {
        return jdbc.sql("DELETE FROM incident_playbook WHERE id = ? AND version = ?"
                        + " AND NOT EXISTS (SELECT 1 FROM incident_playbook_use u WHERE u.playbook_id = incident_playbook.id)")
                .params(id, version).update() == 1;
    }

    void recordUse(String id, long version, UUID incidentId, int tasks, String by, Instant now) {
        jdbc.sql("INSERT INTO incident_playbook_use (id, playbook_id, playbook_version, incident_id, tasks_created, applied_by,"
                        + " applied_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), id, version, incidentId, tasks, by, Timestamp.from(now)).update();
    }

    private void replaceSteps(String id, List<Playbook.Step> steps) {
        jdbc.sql("DELETE FROM incident_playbook_step WHERE playbook_id = ?").param(id).update();
        for (int i = 0; i < steps.size(); i++) {
            Playbook.Step s = steps.get(i);
            jdbc.sql("INSERT INTO incident_playbook_step (playbook_id, position, kind, title_en, title_ja, description_en,"
                            + " description_ja, due_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, i + 1, s.kind().name(), s.titleEn().strip(), s.titleJa().strip(), blankToNull(s.descriptionEn()),
                            blankToNull(s.descriptionJa()), s.dueDays())
                    .update();
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
