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
import org.yagura.shared.Tlp;
import tools.jackson.databind.json.JsonMapper;

/** Artifacts in {@code artifact}, with their analysis result as JSON. */
@Repository
class ArtifactRepository {

    private static final String COLUMNS = "id, artifact_key, record_kind, record_key, file_name, declared_type, size_bytes, "
            + "sha256, tlp, analysis_status, analysis_result, analysis_error, analysis_attempts, analysed_at, created_by, "
            + "created_by_id, created_at, version";
    private final JdbcClient jdbc;
    private final JsonMapper json;

    ArtifactRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(ArtifactView a) {
        jdbc.sql("INSERT INTO artifact (id, artifact_key, record_kind, record_key, file_name, declared_type, size_bytes, "
                        + "sha256, tlp, analysis_status, analysis_attempts, created_by, created_by_id, created_at, version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 0)")
                .params(a.id(), a.key(), a.recordKind(), a.recordKey(), a.fileName(), a.declaredType(), a.size(),
                        a.sha256(), a.tlp().name(), a.analysisStatus().name(), a.createdBy(), a.createdById(),
                        ts(a.createdAt()))
                .update();
    }

    Optional<ArtifactView> findByKey(String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM artifact WHERE artifact_key = ?").param(key).query(this::map).optional();
    }

    Optional<ArtifactView> findById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM artifact WHERE id = ?").param(id).query(this::map).optional();
    }

    List<ArtifactView> findByRecord(String kind, String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM artifact WHERE record_kind = ? AND record_key = ? ORDER BY created_at, artifact_key")
                .params(kind, key).query(this::map).list();
    }

    /** The artifacts holding any of these contents, oldest first (similarity and duplicates). */
    List<ArtifactView> findBySha256In(java.util.Collection<String> sha256s) {
        if (sha256s.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM artifact WHERE sha256 IN (" + String.join(", ",
                        java.util.Collections.nCopies(sha256s.size(), "?")) + ") ORDER BY created_at, artifact_key")
                .params(List.copyOf(sha256s)).query(this::map).list();
    }

    /** The most recently stored artifacts with a finished analysis, at most {@code max} (similarity clusters). */
    List<ArtifactView> findAnalysed(int max) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM artifact WHERE analysis_status = 'DONE' ORDER BY created_at DESC, "
                + "artifact_key DESC FETCH FIRST " + max + " ROWS ONLY").query(this::map).list();
    }

    /** How many artifacts still point to a blob (evidence items point to artifacts, never to blobs). */
    int referencesTo(String sha256) {
        return jdbc.sql("SELECT count(*) FROM artifact WHERE sha256 = ?").param(sha256).query(Integer.class).single();
    }

    /** Takes an artifact into analysis unless another node already has; false when it is not waiting. */
    boolean start(UUID id) {
        return jdbc.sql("UPDATE artifact SET analysis_status = 'RUNNING', analysis_attempts = analysis_attempts + 1, "
                        + "version = version + 1 WHERE id = ? AND analysis_status IN ('PENDING', 'RUNNING')")
                .param(id).update() == 1;
    }

    void finish(UUID id, AnalysisResult result, Instant at) {
        jdbc.sql("UPDATE artifact SET analysis_status = 'DONE', analysis_result = ?, analysis_error = NULL, analysed_at = ?, "
                        + "version = version + 1 WHERE id = ?")
                .params(json.writeValueAsString(result), ts(at), id).update();
    }

    void fail(UUID id, String error, Instant at) {
        jdbc.sql("UPDATE artifact SET analysis_status = 'FAILED', analysis_error = ?, analysed_at = ?, version = version + 1 "
                        + "WHERE id = ?")
                .params(error.length() > 2000 ? error.substring(0, 2000) : error, ts(at), id).update();
    }

    /** Queues a finished or failed analysis again; false when one is already waiting or running. */
    boolean requeue(UUID id) {
        return jdbc.sql("UPDATE artifact SET analysis_status = 'PENDING', version = version + 1 "
                        + "WHERE id = ? AND analysis_status IN ('DONE', 'FAILED')")
                .param(id).update() == 1;
    }

    /** Attaches the artifact to another record, at least as restricted as {@code tlp}, if nobody changed it since {@code version}. */
    boolean move(UUID id, String kind, String key, Tlp tlp, long version) {
        return jdbc.sql("UPDATE artifact SET record_kind = ?, record_key = ?, tlp = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(kind, key, tlp.name(), id, version).update() == 1;
    }

    private ArtifactView map(ResultSet rs, int row) throws SQLException {
        String result = rs.getString("analysis_result");
        return new ArtifactView(rs.getObject("id", UUID.class), rs.getString("artifact_key"), rs.getString("record_kind"),
                rs.getString("record_key"), rs.getString("file_name"), rs.getString("declared_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), Tlp.valueOf(rs.getString("tlp")),
                AnalysisStatus.valueOf(rs.getString("analysis_status")),
                result == null ? null : json.readValue(result, AnalysisResult.class), rs.getString("analysis_error"),
                rs.getInt("analysis_attempts"), instant(rs, "analysed_at"), rs.getString("created_by"),
                rs.getObject("created_by_id", UUID.class), instant(rs, "created_at"), rs.getLong("version"));
    }

    private static @Nullable Timestamp ts(@Nullable Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
