package org.yagura.artifacts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stored matches in {@code yara_match}: one row per artifact, rule set and rule, the strings as JSON. */
@Repository
class YaraMatchRepository {

    private static final TypeReference<List<YaraMatchString>> STRINGS = new TypeReference<>() {
    };
    private static final String SELECT = "SELECT m.id, m.rule_name, m.rule_tags, m.strings_json, m.string_count, m.matched_at, "
            + "m.artifact_id, a.artifact_key, a.file_name, r.rule_set_key, r.name AS rule_set_name, m.rule_set_id "
            + "FROM yara_match m JOIN artifact a ON a.id = m.artifact_id JOIN yara_rule_set r ON r.id = m.rule_set_id ";
    private final JdbcClient jdbc;
    private final JsonMapper json;

    YaraMatchRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Replaces what a rule set matched in an artifact by the hits of the latest scan. */
    void replace(UUID artifactId, UUID ruleSetId, long ruleSetVersion, List<YaraHit> hits, Instant at) {
        jdbc.sql("DELETE FROM yara_match WHERE artifact_id = ? AND rule_set_id = ?").params(artifactId, ruleSetId).update();
        for (YaraHit hit : hits) {
            jdbc.sql("INSERT INTO yara_match (id, artifact_id, rule_set_id, rule_set_version, rule_name, rule_tags, strings_json, "
                            + "string_count, matched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), artifactId, ruleSetId, ruleSetVersion, hit.rule(), String.join(",", hit.tags()),
                            json.writeValueAsString(hit.strings()), hit.stringCount(), Timestamp.from(at))
                    .update();
        }
    }

    List<Row> byArtifact(UUID artifactId) {
        return jdbc.sql(SELECT + "WHERE m.artifact_id = ? ORDER BY r.rule_set_key, m.rule_name").param(artifactId)
                .query(this::map).list();
    }

    List<Row> byRuleSet(UUID ruleSetId, int limit) {
        return jdbc.sql(SELECT + "WHERE m.rule_set_id = ? ORDER BY m.matched_at DESC, a.artifact_key, m.rule_name LIMIT ?")
                .params(ruleSetId, limit).query(this::map).list();
    }

    private Row map(ResultSet rs, int row) throws SQLException {
        String tags = rs.getString("rule_tags");
        return new Row(rs.getObject("artifact_id", UUID.class), rs.getObject("rule_set_id", UUID.class),
                new YaraMatchView(rs.getObject("id", UUID.class), rs.getString("artifact_key"), rs.getString("file_name"),
                        rs.getString("rule_set_key"), rs.getString("rule_set_name"), rs.getString("rule_name"),
                        tags.isEmpty() ? List.of() : Arrays.asList(tags.split(",")),
                        json.readValue(rs.getString("strings_json"), STRINGS), rs.getInt("string_count"),
                        rs.getTimestamp("matched_at").toInstant()));
    }

    /** A match with the ids the access checks need. */
    record Row(UUID artifactId, UUID ruleSetId, YaraMatchView view) {
    }
}
