package org.yagura.incidents.filters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of {@code incident_saved_filter} and {@code incident_filter_default}. */
@Component
class SavedFilterStore {

    private static final String COLUMNS = "id, owner_id, owner, team_id, name, query, created_at, updated_at, version";
    private final JdbcClient jdbc;

    SavedFilterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(UUID id, UUID ownerId, String owner, @Nullable UUID teamId, String name, String query, Instant createdAt,
            Instant updatedAt, long version) {
    }

    /** The user's own filters and those shared with one of the teams, own first, then by name. */
    List<Row> visible(UUID userId, Collection<UUID> teams) {
        String shared = teams.isEmpty() ? "" : " OR team_id IN (:teams)";
        var query = jdbc.sql("SELECT " + COLUMNS + " FROM incident_saved_filter WHERE owner_id = :user" + shared
                + " ORDER BY CASE WHEN owner_id = :user THEN 0 ELSE 1 END, LOWER(name), id").param("user", userId);
        if (!teams.isEmpty()) {
            query = query.param("teams", List.copyOf(teams));
        }
        return query.query((rs, n) -> row(rs)).list();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM incident_saved_filter WHERE id = ?").param(id).query((rs, n) -> row(rs))
                .optional();
    }

    boolean nameTaken(UUID ownerId, String name, @Nullable UUID except) {
        return jdbc.sql("SELECT COUNT(*) FROM incident_saved_filter WHERE owner_id = ? AND LOWER(name) = LOWER(?) AND id <> ?")
                .params(ownerId, name, except == null ? new UUID(0, 0) : except).query(Long.class).single() > 0;
    }

    void insert(Row row) {
        jdbc.sql("INSERT INTO incident_saved_filter (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(row.id(), row.ownerId(), row.owner(), row.teamId(), row.name(), row.query(), odt(row.createdAt()),
                        odt(row.updatedAt()))
                .update();
    }

    /** Changes name, filter and sharing; false when the version is stale. */
    boolean update(UUID id, String name, String query, @Nullable UUID teamId, long version, Instant now) {
        return jdbc.sql("UPDATE incident_saved_filter SET name = ?, query = ?, team_id = ?, updated_at = ?, version = version + 1"
                        + " WHERE id = ? AND version = ?")
                .params(name, query, teamId, odt(now), id, version).update() == 1;
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM incident_filter_default WHERE filter_id = ?").param(id).update();
        jdbc.sql("DELETE FROM incident_saved_filter WHERE id = ?").param(id).update();
    }

    /** Users whose default is a shared filter they may no longer see lose it when sharing changes. */
    void dropDefaultsOfOthers(UUID filterId, UUID ownerId) {
        jdbc.sql("DELETE FROM incident_filter_default WHERE filter_id = ? AND user_id <> ?").params(filterId, ownerId).update();
    }

    Optional<UUID> defaultOf(UUID userId) {
        return jdbc.sql("SELECT filter_id FROM incident_filter_default WHERE user_id = ?").param(userId).query(UUID.class)
                .optional();
    }

    void setDefault(UUID userId, UUID filterId, Instant now) {
        jdbc.sql("DELETE FROM incident_filter_default WHERE user_id = ?").param(userId).update();
        jdbc.sql("INSERT INTO incident_filter_default (user_id, filter_id, updated_at) VALUES (?, ?, ?)")
                .params(userId, filterId, odt(now)).update();
    }

    boolean clearDefault(UUID userId) {
        return jdbc.sql("DELETE FROM incident_filter_default WHERE user_id = ?").param(userId).update() > 0;
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, UUID.class),
                rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant(),
                rs.getObject(8, OffsetDateTime.class).toInstant(), rs.getLong(9));
    }

    private static OffsetDateTime odt(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
