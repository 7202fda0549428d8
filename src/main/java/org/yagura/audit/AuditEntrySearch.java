package org.yagura.audit;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.CursorPage;
import org.yagura.shared.api.CursorRequest;

/** Lists audit entries by keyset on their sequence number, newest first. */
class AuditEntrySearch {

    static final String COLUMNS = "seq, occurred_at, recorded_at, actor, client_address, action, subject_type, "
            + "subject_id, summary, prev_hash, hash";

    static final RowMapper<AuditEntryView> ROWS = (rs, row) -> new AuditEntryView(
            rs.getLong("seq"),
            rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
            rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
            rs.getString("actor"),
            rs.getString("client_address"),
            rs.getString("action"),
            rs.getString("subject_type"),
            rs.getString("subject_id"),
            rs.getString("summary"),
            rs.getString("prev_hash"),
            rs.getString("hash"));

    private final JdbcClient jdbc;

    AuditEntrySearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CursorPage<AuditEntryView> search(AuditFilter filter, CursorRequest page) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_entry WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.actor() != null) {
            sql.append(" AND actor = :actor");
            params.put("actor", filter.actor());
        }
        if (filter.action() != null) {
            sql.append(" AND action LIKE :action ESCAPE '\\'");
            params.put("action", escapeLike(filter.action()) + "%");
        }
        if (filter.subjectType() != null) {
            sql.append(" AND subject_type = :subjectType");
            params.put("subjectType", filter.subjectType());
        }
        if (filter.subjectId() != null) {
            sql.append(" AND subject_id = :subjectId");
            params.put("subjectId", filter.subjectId());
        }
        if (filter.from() != null) {
            sql.append(" AND occurred_at >= :from");
            params.put("from", AuditTrail.utc(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND occurred_at < :to");
            params.put("to", AuditTrail.utc(filter.to()));
        }
        if (!page.isFirst()) {
            sql.append(" AND seq < :after");
            params.put("after", afterSeq(page));
        }
        sql.append(" ORDER BY seq DESC LIMIT :limit");
        params.put("limit", page.fetchSize());
        List<AuditEntryView> rows = jdbc.sql(sql.toString()).params(params).query(ROWS).list();
        return CursorPage.of(rows, page, e -> List.of(Long.toString(e.seq())));
    }

    /** The entry already recorded with the same fields as {@code entry} (apart from its place in the chain). */
    Optional<AuditEntryView> findSame(ChainedEntry entry) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM audit_entry
                WHERE subject_type = :subjectType AND subject_id = :subjectId AND occurred_at = :occurredAt
                  AND actor = :actor AND action = :action AND COALESCE(client_address, '') = :clientAddress
                  AND summary = :summary
                ORDER BY seq LIMIT 1""")
                .param("subjectType", entry.subjectType())
                .param("subjectId", entry.subjectId())
                .param("occurredAt", AuditTrail.utc(entry.occurredAt()))
                .param("actor", entry.actor())
                .param("action", entry.action())
                .param("clientAddress", entry.clientAddress() == null ? "" : entry.clientAddress())
                .param("summary", entry.summary())
                .query(ROWS).optional();
    }

    private static long afterSeq(CursorRequest page) {
        try {
            return Long.parseLong(page.after(0));
        } catch (NumberFormatException e) {
            throw new BadRequestException("error.cursor.invalid");
        }
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
