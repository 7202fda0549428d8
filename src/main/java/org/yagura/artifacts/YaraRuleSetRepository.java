package org.yagura.artifacts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yagura.shared.Tlp;

/** YARA rule sets in {@code yara_rule_set}; rule names and tags as newline- and comma-separated text. */
@Repository
class YaraRuleSetRepository {

    private static final String COLUMNS = "id, rule_set_key, name, description, source, rule_names, tags, tlp, enabled, "
            + "created_by, created_by_id, created_at, updated_by, updated_at, version";
    private final JdbcClient jdbc;

    YaraRuleSetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(YaraRuleSetView r) {
        jdbc.sql("INSERT INTO yara_rule_set (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(r.id(), r.key(), r.name(), r.description(), r.source(), String.join("\n", r.ruleNames()),
                        String.join(",", r.tags()), r.tlp().name(), r.enabled(), r.createdBy(), r.createdById(),
                        Timestamp.from(r.createdAt()), r.updatedBy(), Timestamp.from(r.updatedAt()))
                .update();
    }

    /** Writes the new state if the row is still at {@code version}; false when someone else changed it first. */
    boolean update(YaraRuleSetView r, long version) {
        return jdbc.sql("UPDATE yara_rule_set SET name = ?, description = ?, source = ?, rule_names = ?, tags = ?, tlp = ?, "
                        + "enabled = ?, updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(r.name(), r.description(), r.source(), String.join("\n", r.ruleNames()), String.join(",", r.tags()),
                        r.tlp().name(), r.enabled(), r.updatedBy(), Timestamp.from(r.updatedAt()), r.id(), version)
                .update() == 1;
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM yara_rule_set WHERE id = ?").param(id).update();
    }

    Optional<YaraRuleSetView> findByKey(String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM yara_rule_set WHERE rule_set_key = ?").param(key).query(this::map).optional();
    }

    Optional<YaraRuleSetView> findById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM yara_rule_set WHERE id = ?").param(id).query(this::map).optional();
    }

    /** Rule sets by key after {@code afterKey} (empty: from the start), at most {@code limit}. */
    List<YaraRuleSetView> list(String afterKey, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM yara_rule_set WHERE rule_set_key > ? ORDER BY rule_set_key LIMIT ?")
                .params(afterKey, limit).query(this::map).list();
    }

    List<YaraRuleSetView> enabled() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM yara_rule_set WHERE enabled = TRUE ORDER BY rule_set_key")
                .query(this::map).list();
    }

    boolean anyEnabled() {
        return jdbc.sql("SELECT count(*) FROM yara_rule_set WHERE enabled = TRUE").query(Long.class).single() > 0;
    }

    private YaraRuleSetView map(ResultSet rs, int row) throws SQLException {
        return new YaraRuleSetView(rs.getObject("id", UUID.class), rs.getString("rule_set_key"), rs.getString("name"),
                rs.getString("description"), rs.getString("source"), split(rs.getString("rule_names"), "\n"),
                split(rs.getString("tags"), ","), Tlp.valueOf(rs.getString("tlp")), rs.getBoolean("enabled"),
                rs.getString("created_by"), rs.getObject("created_by_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
                rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
    }

    private static List<String> split(String s, String separator) {
        return s.isEmpty() ? List.of() : Arrays.stream(s.split(separator)).filter(x -> !x.isBlank()).toList();
    }
}
