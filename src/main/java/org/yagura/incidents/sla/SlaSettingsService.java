package org.yagura.incidents.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.NotFoundException;
import org.yagura.taxonomy.Priority;

/**
 * The front door for SLA settings: targets per priority and kind, the business calendar and its
 * holidays. Everyone may read them; team leads and administrators change them, and every change is
 * audited. The defaults and Japan's holidays of 2026 and 2027 come with the migrations.
 */
@Service
@Transactional
public class SlaSettingsService {

    static final Duration MAX_TARGET = Duration.ofDays(366);
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    SlaSettingsService(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Every target, P1 first, in the order of {@link SlaKind}. */
    @Transactional(readOnly = true)
    public List<SlaTarget> targets() {
        return jdbc.sql("SELECT priority, kind, target_minutes, business_hours FROM sla_target")
                .query((rs, n) -> target(rs)).list().stream()
                .sorted(Comparator.comparing(SlaTarget::priority).thenComparing(SlaTarget::kind)).toList();
    }

    /** The target of one priority and kind. */
    @Transactional(readOnly = true)
    public SlaTarget target(Priority priority, SlaKind kind) {
        return jdbc.sql("SELECT priority, kind, target_minutes, business_hours FROM sla_target WHERE priority = ? AND kind = ?")
                .params(priority.name(), kind.name()).query((rs, n) -> target(rs)).optional()
                .orElseThrow(() -> new IllegalStateException("No SLA target for " + priority + " " + kind));
    }

    /** Sets the given targets (others stay); one audit event lists those that changed. Running clocks keep theirs. */
    @PreAuthorize("hasRole('TEAM_LEAD')")
    public List<SlaTarget> changeTargets(List<SlaTarget> changes) {
        List<String> changed = new ArrayList<>();
        for (SlaTarget t : changes) {
            requireWholeMinutes(t.target());
            SlaTarget old = target(t.priority(), t.kind());
            if (!old.equals(t)) {
                jdbc.sql("UPDATE sla_target SET target_minutes = ?, business_hours = ?, updated_at = ? WHERE priority = ? AND kind = ?")
                        .params(t.target().toMinutes(), t.businessHours(), now(), t.priority().name(), t.kind().name()).update();
                changed.add(t.priority() + " " + t.kind() + ": " + describe(old) + " → " + describe(t));
            }
        }
        if (!changed.isEmpty()) {
            events.publishEvent(SlaSettingsChanged.of("sla.targets-changed", "targets", String.join("; ", changed)));
        }
        return targets();
    }

    @Transactional(readOnly = true)
    public SlaCalendarSettings calendarSettings() {
        return jdbc.sql("SELECT zone, working_days, work_start, work_end, at_risk_percent FROM sla_calendar WHERE id = 1")
                .query((rs, n) -> new SlaCalendarSettings(ZoneId.of(rs.getString(1)), days(rs.getString(2)),
                        rs.getObject(3, LocalTime.class), rs.getObject(4, LocalTime.class), rs.getInt(5)))
                .single();
    }

    /** Replaces the working week and the at-risk threshold; due times of running clocks move with it. */
    @PreAuthorize("hasRole('TEAM_LEAD')")
    public SlaCalendarSettings changeCalendar(SlaCalendarSettings settings) {
        if (settings.workingDays().isEmpty()) {
            throw new BadRequestException("sla.error.no-working-day");
        }
        if (!settings.workEnd().equals(LocalTime.MIDNIGHT) && !settings.workStart().isBefore(settings.workEnd())) {
            throw new BadRequestException("sla.error.hours-order");
        }
        if (settings.atRiskPercent() < 1 || settings.atRiskPercent() > 99) {
            throw new BadRequestException("sla.error.at-risk-range");
        }
        SlaCalendarSettings old = calendarSettings();
        LocalTime start = settings.workStart().truncatedTo(ChronoUnit.MINUTES);
        LocalTime end = settings.workEnd().truncatedTo(ChronoUnit.MINUTES);
        SlaCalendarSettings updated = new SlaCalendarSettings(settings.zone(), settings.workingDays(), start, end,
                settings.atRiskPercent());
        if (!old.equals(updated)) {
            jdbc.sql("UPDATE sla_calendar SET zone = ?, working_days = ?, work_start = ?, work_end = ?, at_risk_percent = ?, "
                            + "updated_at = ? WHERE id = 1")
                    .params(updated.zone().getId(), updated.workingDaysInOrder().stream().map(Enum::name)
                            .collect(Collectors.joining(",")), start, end, updated.atRiskPercent(), now())
                    .update();
            events.publishEvent(SlaSettingsChanged.of("sla.calendar-changed", "calendar",
                    describe(old) + " → " + describe(updated)));
        }
        return calendarSettings();
    }

    /** Every holiday, earliest first. */
    @Transactional(readOnly = true)
    public List<Holiday> holidays() {
        return jdbc.sql("SELECT holiday_date, name_en, name_ja FROM sla_holiday ORDER BY holiday_date")
                .query((rs, n) -> holiday(rs)).list();
    }

    /** The holidays of one year, earliest first. */
    @Transactional(readOnly = true)
    public List<Holiday> holidays(int year) {
        return jdbc.sql("SELECT holiday_date, name_en, name_ja FROM sla_holiday WHERE holiday_date BETWEEN ? AND ? "
                        + "ORDER BY holiday_date")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).query((rs, n) -> holiday(rs)).list();
    }

    /** Adds a holiday or renames the one on that date; due times of running clocks move with it. */
    @PreAuthorize("hasRole('TEAM_LEAD')")
    public Holiday saveHoliday(Holiday holiday) {
        String en = holiday.nameEn().strip();
        String ja = holiday.nameJa().strip();
        if (en.isEmpty() || ja.isEmpty() || en.length() > 200 || ja.length() > 200) {
            throw new BadRequestException("sla.error.holiday-name");
        }
        int updated = jdbc.sql("UPDATE sla_holiday SET name_en = ?, name_ja = ?, updated_at = ? WHERE holiday_date = ?")
                .params(en, ja, now(), holiday.date()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO sla_holiday (holiday_date, name_en, name_ja, updated_at) VALUES (?, ?, ?, ?)")
                    .params(holiday.date(), en, ja, now()).update();
        }
        events.publishEvent(SlaSettingsChanged.of("sla.holiday-saved", holiday.date().toString(), en + " / " + ja));
        return new Holiday(holiday.date(), en, ja);
    }

    /** Removes the holiday on a date; due times of running clocks move with it. */
    @PreAuthorize("hasRole('TEAM_LEAD')")
    public void removeHoliday(LocalDate date) {
        if (jdbc.sql("DELETE FROM sla_holiday WHERE holiday_date = ?").params(date).update() == 0) {
            throw new NotFoundException("sla.error.holiday-not-found", date.toString());
        }
        events.publishEvent(SlaSettingsChanged.of("sla.holiday-removed", date.toString(), "removed"));
    }

    /** The calendar that business-hours clocks count in, with every holiday. */
    @Transactional(readOnly = true)
    public BusinessCalendar businessCalendar() {
        return businessCalendar(calendarSettings());
    }

    /** The calendar of these settings with every holiday. */
    BusinessCalendar businessCalendar(SlaCalendarSettings s) {
        List<LocalDate> dates = jdbc.sql("SELECT holiday_date FROM sla_holiday").query(LocalDate.class).list();
        return new BusinessCalendar(s.zone(), s.workingDays(), s.workStart(), s.workEnd(), new HashSet<>(dates));
    }

    static void requireWholeMinutes(Duration target) {
        if (target.isNegative() || target.isZero() || target.toSecondsPart() != 0 || target.toNanosPart() != 0
                || target.compareTo(MAX_TARGET) > 0) {
            throw new BadRequestException("sla.error.target");
        }
    }

    private static SlaTarget target(ResultSet rs) throws SQLException {
        return new SlaTarget(Priority.valueOf(rs.getString(1)), SlaKind.valueOf(rs.getString(2)),
                Duration.ofMinutes(rs.getInt(3)), rs.getBoolean(4));
    }

    private static Holiday holiday(ResultSet rs) throws SQLException {
        return new Holiday(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3));
    }

    private static java.util.Set<DayOfWeek> days(String names) {
        return Arrays.stream(names.split(",")).filter(s -> !s.isBlank()).map(String::strip).map(DayOfWeek::valueOf)
                .collect(Collectors.toSet());
    }

    private static String describe(SlaTarget t) {
        return t.target() + (t.businessHours() ? " business" : " calendar");
    }

    private static String describe(SlaCalendarSettings s) {
        return s.zone() + " " + s.workingDaysInOrder() + " " + s.workStart() + "–" + s.workEnd() + " at risk " + s.atRiskPercent() + "%";
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
