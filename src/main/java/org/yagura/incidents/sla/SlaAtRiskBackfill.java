package org.yagura.incidents.sla;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.yagura.taxonomy.Priority;

/**
 * Flyway V6_13: fills {@code sla_clock.at_risk_at} (added by V6_12) for every running clock with the
 * same engine the application uses, because business-hours clocks cannot be computed in SQL. Spring
 * Boot hands every {@link JavaMigration} bean to Flyway; it runs between the SQL migrations by version.
 */
@Component
class SlaAtRiskBackfill implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("6.13");
    }

    @Override
    public String getDescription() {
        return "sla at risk backfill";
    }

    @Override
    public @Nullable Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        int atRiskPercent;
        BusinessCalendar calendar;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT zone, working_days, work_start, work_end, at_risk_percent FROM sla_calendar WHERE id = 1");
                ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                return;
            }
            Set<DayOfWeek> days = Arrays.stream(rs.getString(2).split(",")).filter(d -> !d.isBlank()).map(String::strip)
                    .map(DayOfWeek::valueOf).collect(Collectors.toSet());
            calendar = new BusinessCalendar(ZoneId.of(rs.getString(1)), days, rs.getObject(3, LocalTime.class),
                    rs.getObject(4, LocalTime.class), holidays(c));
            atRiskPercent = rs.getInt(5);
        }
        Map<UUID, List<PauseInterval>> pauses = pauses(c);
        List<SlaClockStore.Row> running = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, record_id, kind, priority, target_minutes, business_hours, "
                + "started_at FROM sla_clock WHERE stopped_at IS NULL"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                running.add(new SlaClockStore.Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        SlaKind.valueOf(rs.getString(3)), Priority.valueOf(rs.getString(4)),
                        Duration.ofMinutes(rs.getInt(5)), rs.getBoolean(6), instant(rs, 7), null, null, null));
            }
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE sla_clock SET at_risk_at = ? WHERE id = ?")) {
            for (SlaClockStore.Row row : running) {
                SlaClockStore.Timing timing = SlaClockService.timing(row, pauses.getOrDefault(row.recordId(), List.of()),
                        calendar, atRiskPercent);
                update.setObject(1, timing.atRiskAt() == null ? null
                        : SlaClockStore.micros(timing.atRiskAt()).atOffset(ZoneOffset.UTC));
                update.setObject(2, row.id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static Set<LocalDate> holidays(Connection c) throws SQLException {
        Set<LocalDate> dates = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT holiday_date FROM sla_holiday"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                dates.add(rs.getObject(1, LocalDate.class));
            }
        }
        return dates;
    }

    private static Map<UUID, List<PauseInterval>> pauses(Connection c) throws SQLException {
        Map<UUID, List<PauseInterval>> pauses = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT record_id, paused_at, resumed_at FROM sla_pause");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                pauses.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new PauseInterval(instant(rs, 2), nullableInstant(rs, 3)));
            }
        }
        return pauses;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
