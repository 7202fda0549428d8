package org.yagura.observables;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Observables in {@code observable}, written in JDBC batches and read by primary key in chunks. */
@Repository
class ObservableRepository {

    /** Ids per {@code IN (…)} list: well inside every driver's parameter limit. */
    static final int CHUNK = 1000;
    /** Range scans per statement when many blocks are looked into at once. */
    static final int BRANCHES = 100;
    private static final String COLUMNS = "id, obs_type, other_type, obs_value, display, host, registered_domain, record_count, "
            + "correlate_override, first_seen, last_seen";
    // portable find-or-insert: H2 (PostgreSQL mode) and PostgreSQL both skip a row whose primary key exists
    private static final String INSERT = "INSERT INTO observable (" + COLUMNS + ", created_at, ip_family, ip_start, ip_end) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, 0, FALSE, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ObservableRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Inserts the observables that are not stored yet (one JDBC batch); stored ones are left as they are. */
    void insertMissing(List<StoredObservable> observables) {
        if (observables.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(observables.size());
        var prefixes = new TreeSet<List<Integer>>((a, b) -> a.get(0).equals(b.get(0)) ? a.get(1) - b.get(1) : a.get(0) - b.get(0));
        for (StoredObservable o : observables) {
            Timestamp now = Timestamp.from(o.firstSeen());
            IpRange range = IpRange.of(o.value());
            rows.add(new Object[] {o.id(), o.value().type().name(), o.value().otherType(), o.value().value(),
                    o.value().display(), o.host(), o.registeredDomain(), now, now, now, range == null ? null : range.family(),
                    range == null ? null : new BigDecimal(range.start()), range == null ? null : new BigDecimal(range.end())});
            if (o.value().type() == ObservableType.CIDR) {
                int[] p = Correlatables.prefixOf(o.value());
                prefixes.add(List.of(p[0], p[1]));
            }
        }
        batch.batchUpdate(INSERT, rows);
        if (!prefixes.isEmpty()) {
            batch.batchUpdate("INSERT INTO observable_cidr_prefix (family, prefix_length) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    prefixes.stream().map(p -> new Object[] {p.get(0), p.get(1)}).toList());
        }
    }

    /**
     * Stores the missing ones of {@code observables} and locks all their rows until the transaction ends, so that a
     * concurrent removal of a value's last link (which deletes the value, {@link #deleteIfUnreferenced}) cannot delete
     * a value this transaction is about to refer to. Rows are locked in id order (two callers never wait on each other
     * in a circle); a row deleted between the insert and the lock is stored again and locked in the next round.
     */
    void insertAndLock(List<StoredObservable> observables) {
        List<StoredObservable> pending = observables;
        for (int round = 0; !pending.isEmpty(); round++) {
            if (round == 10) {
                throw new org.springframework.dao.PessimisticLockingFailureException("observables kept disappearing while being locked");
            }
            insertMissing(pending);
            Set<UUID> locked = new HashSet<>();
            List<UUID> ids = pending.stream().map(StoredObservable::id).distinct().sorted().toList();
            for (int from = 0; from < ids.size(); from += CHUNK) {
                locked.addAll(jdbc.sql("SELECT id FROM observable WHERE id IN (:ids) ORDER BY id FOR UPDATE")
                        .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))).query(UUID.class).list());
            }
            pending = pending.stream().filter(o -> !locked.contains(o.id())).toList();
        }
    }

    /** The observable, its row locked until the transaction ends (see {@link #insertAndLock}). */
    java.util.Optional<StoredObservable> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM observable WHERE id = ? FOR UPDATE").param(id).query(ObservableRepository::map).optional();
    }

    /** Stored observables among {@code ids}, by id. */
    Map<UUID, StoredObservable> findAll(Collection<UUID> ids) {
        Map<UUID, StoredObservable> found = new HashMap<>();
        List<UUID> list = List.copyOf(new java.util.LinkedHashSet<>(ids));
        for (int from = 0; from < list.size(); from += CHUNK) {
            jdbc.sql("SELECT " + COLUMNS + " FROM observable WHERE id IN (:ids)")
                    .param("ids", list.subList(from, Math.min(list.size(), from + CHUNK)))
                    .query(ObservableRepository::map).list().forEach(o -> found.put(o.id(), o));
        }
        return found;
    }

    java.util.Optional<StoredObservable> findById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM observable WHERE id = ?").param(id).query(ObservableRepository::map).optional();
    }

    /** The prefix lengths of stored CIDR blocks, per family (4, 6). */
    Map<Integer, List<Integer>> cidrPrefixes() {
        Map<Integer, List<Integer>> prefixes = new HashMap<>();
        jdbc.sql("SELECT family, prefix_length FROM observable_cidr_prefix ORDER BY family, prefix_length")
                .query((rs, i) -> prefixes.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getInt(2))).list();
        return prefixes;
    }

    /**
     * Up to {@code limit} stored addresses and blocks inside the block {@code block} (not the block itself): an
     * index range scan on (family, start) bounded by the block's first and last address.
     */
    List<StoredObservable> inside(StoredObservable block, int limit) {
        return inside(Map.of(block.id(), block.value()), limit).getOrDefault(block.id(), List.of());
    }

    /**
     * For each block of {@code blocks} (by id), up to {@code limit} stored addresses and blocks inside it, other than
     * itself: one index range scan per block, {@value #BRANCHES} of them per statement joined by {@code UNION ALL}.
     */
    Map<UUID, List<StoredObservable>> inside(Map<UUID, ObservableValue> blocks, int limit) {
        Map<UUID, List<StoredObservable>> inside = new HashMap<>();
        List<Map.Entry<UUID, IpRange>> ranges = new ArrayList<>();
        blocks.forEach((id, value) -> {
            IpRange range = value.type() == ObservableType.CIDR ? IpRange.of(value) : null;
            if (range != null) {
                ranges.add(Map.entry(id, range));
            }
        });
        for (int from = 0; from < ranges.size(); from += BRANCHES) {
            List<Map.Entry<UUID, IpRange>> chunk = ranges.subList(from, Math.min(ranges.size(), from + BRANCHES));
            var sql = new StringBuilder();
            var params = new ArrayList<Object>();
            for (int i = 0; i < chunk.size(); i++) {
                IpRange range = chunk.get(i).getValue();
                sql.append(i == 0 ? "" : " UNION ALL ").append("(SELECT ").append(i).append(" AS branch, ").append(COLUMNS)
                        .append(" FROM observable WHERE ip_family = ? AND ip_start >= ? AND ip_start <= ? AND ip_end <= ? AND id <> ? ")
                        .append("ORDER BY ip_start LIMIT ?)");
                params.addAll(List.of(range.family(), new BigDecimal(range.start()), new BigDecimal(range.end()),
                        new BigDecimal(range.end()), chunk.get(i).getKey(), limit));
            }
            jdbc.sql(sql.toString()).params(params).query((rs, row) -> inside
                    .computeIfAbsent(chunk.get(rs.getInt("branch")).getKey(), k -> new ArrayList<>()).add(map(rs, row))).list();
        }
        return inside;
    }

    /** Up to {@code limit} stored addresses and blocks whose range has not been filled in (stored before it was kept). */
    List<StoredObservable> withoutRange(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM observable WHERE obs_type IN ('IPV4', 'IPV6', 'CIDR') AND ip_family IS NULL LIMIT ?")
                .param(limit).query(ObservableRepository::map).list();
    }

    /** Writes the ranges of stored addresses and blocks; a value that is no address gets family 0 so it is not read again. */
    void fillRanges(List<StoredObservable> observables) {
        batch.batchUpdate("UPDATE observable SET ip_family = ?, ip_start = ?, ip_end = ? WHERE id = ?", observables.stream().map(o -> {
            IpRange range = IpRange.of(o.value());
            return new Object[] {range == null ? 0 : range.family(), range == null ? null : new BigDecimal(range.start()),
                    range == null ? null : new BigDecimal(range.end()), o.id()};
        }).toList());
    }

    /** Up to {@code limit} other observables with the same host (or registered domain). */
    List<StoredObservable> sameHost(StoredObservable o, boolean registered, int limit) {
        String column = registered ? "registered_domain" : "host";
        String key = registered ? o.registeredDomain() : o.host();
        if (key == null) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM observable WHERE " + column + " = ? AND id <> ? LIMIT ?")
                .params(key, o.id(), limit).query(ObservableRepository::map).list();
    }

    /** Newest first; {@code type} null for all. */
    List<StoredObservable> page(@Nullable ObservableType type, @Nullable Instant before, @Nullable UUID beforeId, int limit) {
        var sql = new StringBuilder("SELECT " + COLUMNS + " FROM observable WHERE 1 = 1");
        var params = new HashMap<String, Object>();
        if (type != null) {
            sql.append(" AND obs_type = :type");
            params.put("type", type.name());
        }
        if (before != null && beforeId != null) {
            sql.append(" AND (first_seen < :before OR (first_seen = :before AND id < :id))");
            params.put("before", Timestamp.from(before));
            params.put("id", beforeId);
        }
        sql.append(" ORDER BY first_seen DESC, id DESC LIMIT :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(ObservableRepository::map).list();
    }

    void setCorrelationOverride(UUID id, boolean override) {
        jdbc.sql("UPDATE observable SET correlate_override = ? WHERE id = ?").params(override, id).update();
    }

    /** Counts a newly linked record and moves last seen forward. */
    void countRecords(List<UUID> ids, Instant seen) {
        batch.batchUpdate("UPDATE observable SET record_count = record_count + 1, last_seen = CASE WHEN last_seen < ? "
                + "THEN ? ELSE last_seen END WHERE id = ?", ids.stream()
                .map(id -> new Object[] {Timestamp.from(seen), Timestamp.from(seen), id}).toList());
    }

    /** Counts a record less, after its link was removed. */
    void uncount(UUID id) {
        jdbc.sql("UPDATE observable SET record_count = record_count - 1 WHERE id = ? AND record_count > 0").param(id).update();
    }

    /** Removes an observable that nothing refers to any more (no link, no sighting); true when removed. */
    boolean deleteIfUnreferenced(UUID id) {
        return jdbc.sql("DELETE FROM observable WHERE id = ? AND NOT EXISTS (SELECT 1 FROM observable_link l WHERE l.observable_id = ?) "
                + "AND NOT EXISTS (SELECT 1 FROM observable_sighting s WHERE s.observable_id = ?)").params(id, id, id).update() > 0;
    }

    void seen(UUID id, Instant seen) {
        jdbc.sql("UPDATE observable SET last_seen = ? WHERE id = ? AND last_seen < ?")
                .params(Timestamp.from(seen), id, Timestamp.from(seen)).update();
    }

    static StoredObservable map(ResultSet rs, int row) throws SQLException {
        ObservableType type = ObservableType.valueOf(rs.getString("obs_type"));
        var value = new ObservableValue(type, rs.getString("obs_value"), rs.getString("display"), rs.getString("other_type"));
        return new StoredObservable(rs.getObject("id", UUID.class), value, rs.getString("host"), rs.getString("registered_domain"),
                rs.getInt("record_count"), rs.getBoolean("correlate_override"), rs.getTimestamp("first_seen").toInstant(),
                rs.getTimestamp("last_seen").toInstant());
    }
}
