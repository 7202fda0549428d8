package org.yagura.artifacts;

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
import org.springframework.stereotype.Repository;
import org.yagura.shared.Tlp;

/** Evidence items in {@code evidence_item} and their chain of custody in {@code evidence_custody}, which is only appended to. */
@Repository
class EvidenceRepository {

    private static final String COLUMNS = "e.id, e.evidence_key, e.record_kind, e.record_key, e.description, e.item_type, "
            + "e.artifact_id, a.artifact_key, e.source_system, e.source_device, e.source_person, e.source_location, e.acquired_by, "
            + "e.acquired_at, e.acquisition_method, e.acquisition_tool, e.sha256, e.md5, e.sha1, e.storage_location, e.legal_hold, "
            + "e.retention_until, e.disposition, e.custodian, e.tlp, e.created_by, e.created_by_id, e.created_at, e.version";
    private static final String FROM = " FROM evidence_item e LEFT JOIN artifact a ON a.id = e.artifact_id";
    private static final String ENTRY_COLUMNS = "id, seq, entry_type, from_user, to_user, purpose, transfer_id, verified_sha256, "
            + "result, actor, at";
    private final JdbcClient jdbc;

    EvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(EvidenceView e) {
        jdbc.sql("INSERT INTO evidence_item (id, evidence_key, record_kind, record_key, description, item_type, artifact_id, "
                        + "source_system, source_device, source_person, source_location, acquired_by, acquired_at, acquisition_method, "
                        + "acquisition_tool, sha256, md5, sha1, storage_location, legal_hold, retention_until, disposition, custodian, "
                        + "tlp, created_by, created_by_id, created_at, version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(e.id(), e.key(), e.recordKind(), e.recordKey(), e.description(), e.type().name(), e.artifactId(),
                        e.sourceSystem(), e.sourceDevice(), e.sourcePerson(), e.sourceLocation(), e.acquiredBy(),
                        ts(e.acquiredAt()), e.acquisitionMethod(), e.acquisitionTool(), e.sha256(), e.md5(), e.sha1(),
                        e.storageLocation(), e.legalHold(), e.retentionUntil() == null ? null : Date.valueOf(e.retentionUntil()),
                        e.disposition(), e.custodian(), e.tlp().name(), e.createdBy(), e.createdById(), ts(e.createdAt()))
                .update();
    }

    Optional<EvidenceView> findByKey(String key) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE e.evidence_key = ?").param(key).query(EvidenceRepository::map).optional();
    }

    /** A page of evidence items, newest first, after the (created at, id) of the last row seen. */
    List<EvidenceView> page(@Nullable Instant before, @Nullable UUID beforeId, int limit) {
        String where = before == null ? "" : " WHERE (e.created_at < :at OR (e.created_at = :at AND e.id < :id))";
        var spec = jdbc.sql("SELECT " + COLUMNS + FROM + where + " ORDER BY e.created_at DESC, e.id DESC LIMIT :limit")
                .param("limit", limit);
        if (before != null) {
            spec = spec.param("at", ts(before)).param("id", beforeId);
        }
        return spec.query(EvidenceRepository::map).list();
    }

    List<EvidenceView> findByRecord(String kind, String key) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE e.record_kind = ? AND e.record_key = ? ORDER BY e.created_at")
                .params(kind, key).query(EvidenceRepository::map).list();
    }

    /** Locks the item's row for the rest of the transaction, so that custody entries are appended one at a time. */
    void lock(UUID id) {
        jdbc.sql("UPDATE evidence_item SET version = version + 1 WHERE id = ?").param(id).update();
    }

    void changeCustodian(UUID id, String custodian) {
        jdbc.sql("UPDATE evidence_item SET custodian = ? WHERE id = ?").params(custodian, id).update();
    }

    void append(UUID evidenceId, CustodyEntry entry) {
        jdbc.sql("INSERT INTO evidence_custody (id, evidence_id, seq, entry_type, from_user, to_user, purpose, transfer_id, "
                        + "verified_sha256, result, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(entry.id(), evidenceId, entry.seq(), entry.type().name(), entry.fromUser(), entry.toUser(), entry.purpose(),
                        entry.transferId(), entry.verifiedSha256(), entry.result() == null ? null : entry.result().name(),
                        entry.actor(), ts(entry.at()))
                .update();
    }

    List<CustodyEntry> history(UUID evidenceId) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM evidence_custody WHERE evidence_id = ? ORDER BY seq")
                .param(evidenceId).query(EvidenceRepository::entry).list();
    }

    private static CustodyEntry entry(ResultSet rs, int row) throws SQLException {
        String result = rs.getString("result");
        return new CustodyEntry(rs.getObject("id", UUID.class), rs.getInt("seq"), CustodyEntryType.valueOf(rs.getString("entry_type")),
                rs.getString("from_user"), rs.getString("to_user"), rs.getString("purpose"), rs.getObject("transfer_id", UUID.class),
                rs.getString("verified_sha256"), result == null ? null : VerificationResult.valueOf(result), rs.getString("actor"),
                rs.getTimestamp("at").toInstant());
    }

    private static EvidenceView map(ResultSet rs, int row) throws SQLException {
        Date retention = rs.getDate("retention_until");
        return new EvidenceView(rs.getObject("id", UUID.class), rs.getString("evidence_key"), rs.getString("record_kind"),
                rs.getString("record_key"), rs.getString("description"), EvidenceType.valueOf(rs.getString("item_type")),
                rs.getObject("artifact_id", UUID.class), rs.getString("artifact_key"), rs.getString("source_system"),
                rs.getString("source_device"), rs.getString("source_person"), rs.getString("source_location"),
                rs.getString("acquired_by"), rs.getTimestamp("acquired_at").toInstant(), rs.getString("acquisition_method"),
                rs.getString("acquisition_tool"), rs.getString("sha256"), rs.getString("md5"), rs.getString("sha1"),
                rs.getString("storage_location"), rs.getBoolean("legal_hold"), retention == null ? null : retention.toLocalDate(),
                rs.getString("disposition"), rs.getString("custodian"), Tlp.valueOf(rs.getString("tlp")),
                rs.getString("created_by"), rs.getObject("created_by_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
                rs.getLong("version"));
    }

    private static @Nullable Timestamp ts(@Nullable Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
