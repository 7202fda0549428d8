package org.yagura.observables;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yagura.shared.Tlp;

/** Links between observables and records in {@code observable_link}. */
@Repository
class LinkRepository {

    private static final String COLUMNS = "id, observable_id, record_kind, record_id, record_key, link_role, first_seen, last_seen, "
            + "tags, tlp, link_comment, created_by, created_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    LinkRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A link row before it is joined with its observable. */
    record Row(UUID id, UUID observableId, String recordKind, UUID recordId, String recordKey, LinkRole role,
            @Nullable Instant firstSeen, @Nullable Instant lastSeen, List<String> tags, @Nullable Tlp tlp,
            @Nullable String comment, String createdBy, Instant createdAt) {
    }

    /** Inserts links in one batch; a link of the same observable and record is kept as it was. Returns the ones inserted. */
    List<Row> insertMissing(List<Row> links) {
        int[] counts = batch.batchUpdate("INSERT INTO observable_link (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING", links.stream().map(l -> new Object[] {l.id(), l.observableId(), l.recordKind(),
                        l.recordId(), l.recordKey(), l.role().name(), ts(l.firstSeen()), ts(l.lastSeen()),
                        l.tags().isEmpty() ? null : String.join(",", l.tags()), l.tlp() == null ? null : l.tlp().name(),
                        l.comment(), l.createdBy(), ts(l.createdAt())}).toList());
        List<Row> inserted = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                inserted.add(links.get(i));
            }
        }
        return inserted;
    }

    List<Row> ofRecord(String kind, UUID recordId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM observable_link WHERE record_kind = ? AND record_id = ? ORDER BY created_at, id")
                .params(kind, recordId).query(LinkRepository::map).list();
    }

    /** The links of the given observables, at most {@code perObservable}+1 each is not enforced here: callers skip too-common ones. */
    List<Row> ofObservables(Collection<UUID> observableIds) {
        List<UUID> ids = List.copyOf(observableIds);
        List<Row> rows = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += ObservableRepository.CHUNK) {
            rows.addAll(jdbc.sql("SELECT " + COLUMNS + " FROM observable_link WHERE observable_id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + ObservableRepository.CHUNK)))
                    .query(LinkRepository::map).list());
        }
        return rows;
    }

    /** Up to {@code limit} links of one observable, in id order after {@code after} (keyset paging). */
    List<Row> pageOfObservable(UUID observableId, @Nullable UUID after, int limit) {
        return after == null
                ? jdbc.sql("SELECT " + COLUMNS + " FROM observable_link WHERE observable_id = ? ORDER BY id LIMIT ?")
                        .params(observableId, limit).query(LinkRepository::map).list()
                : jdbc.sql("SELECT " + COLUMNS + " FROM observable_link WHERE observable_id = ? AND id > ? ORDER BY id LIMIT ?")
                        .params(observableId, after, limit).query(LinkRepository::map).list();
    }

    java.util.Optional<Row> find(String kind, UUID recordId, UUID linkId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM observable_link WHERE id = ? AND record_kind = ? AND record_id = ?")
                .params(linkId, kind, recordId).query(LinkRepository::map).optional();
    }

    /** Writes the context of a link (role, first and last seen, tags, TLP, comment). */
    void updateContext(Row l) {
        jdbc.sql("UPDATE observable_link SET link_role = ?, first_seen = ?, last_seen = ?, tags = ?, tlp = ?, link_comment = ? WHERE id = ?")
                .params(l.role().name(), ts(l.firstSeen()), ts(l.lastSeen()), l.tags().isEmpty() ? null : String.join(",", l.tags()),
                        l.tlp() == null ? null : l.tlp().name(), l.comment(), l.id())
                .update();
    }

    /** Removes a link; true when it was there. */
    boolean delete(UUID linkId) {
        return jdbc.sql("DELETE FROM observable_link WHERE id = ?").param(linkId).update() > 0;
    }

    private static @Nullable Timestamp ts(@Nullable Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Row map(ResultSet rs, int row) throws SQLException {
        String tags = rs.getString("tags");
        String tlp = rs.getString("tlp");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("observable_id", UUID.class), rs.getString("record_kind"),
                rs.getObject("record_id", UUID.class), rs.getString("record_key"), LinkRole.valueOf(rs.getString("link_role")),
                instant(rs, "first_seen"), instant(rs, "last_seen"), tags == null ? List.of() : Arrays.asList(tags.split(",")),
                tlp == null ? null : Tlp.valueOf(tlp), rs.getString("link_comment"), rs.getString("created_by"),
                instant(rs, "created_at"));
    }
}
